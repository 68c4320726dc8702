"""Comparing and merging versions of a journey in the editor: File ▸ Compare with…, File ▸ Merge from…,
Journey ▸ Save as to-be version…"""
