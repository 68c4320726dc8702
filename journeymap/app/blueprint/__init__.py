"""The service blueprint view: the journey's touchpoints as columns, their blueprint rows below."""
