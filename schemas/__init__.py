"""Data contracts of the published tables, as pandera DataFrameModels.

Every field carries a description: the README's data dictionary and the release metadata
(datapackage.json, croissant.json, the data card) are generated from these models.
"""

from schemas.tables import (
    TABLES,
    ArticlesSchema,
    RejectsSchema,
    SentencesSchema,
    SpeakersSchema,
    StatementsSchema,
    TableSpec,
    arrow_schema,
    columns_of,
)

__all__ = [
    "TABLES",
    "ArticlesSchema",
    "RejectsSchema",
    "SentencesSchema",
    "SpeakersSchema",
    "StatementsSchema",
    "TableSpec",
    "arrow_schema",
    "columns_of",
]
