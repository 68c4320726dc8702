"""The bundled touchpoint catalogue (validated data + registry) and the needs-based recommender. Qt-free."""

from journeymap.catalogue.files import CatalogueError
from journeymap.catalogue.notes import Note
from journeymap.catalogue.ranking import BANDS, LEVEL_LABELS, Band, Reason, Recommendation, band_of
from journeymap.catalogue.recommender import AnswerError, RecommendationResult, check_answers, recommend
from journeymap.catalogue.registry import Catalogue, PhaseFit, catalogue, load_catalogue
from journeymap.catalogue.schema import CATEGORY_IDS, PHASE_IDS, Entry, Localised, NeedCategory
from journeymap.catalogue.text import fold

__all__ = [
    "BANDS",
    "CATEGORY_IDS",
    "LEVEL_LABELS",
    "PHASE_IDS",
    "AnswerError",
    "Band",
    "Catalogue",
    "CatalogueError",
    "Entry",
    "Localised",
    "NeedCategory",
    "Note",
    "PhaseFit",
    "Reason",
    "Recommendation",
    "RecommendationResult",
    "band_of",
    "catalogue",
    "check_answers",
    "fold",
    "load_catalogue",
    "recommend",
]
