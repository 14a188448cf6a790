"""Texts of different lengths that recognizer tests run as one batch: one empty, one a single word, odd spacing."""

from __future__ import annotations

BATCH_TEXTS = [
    "Jack Ma met Rodrigo Duterte in Manila on Monday.",
    "",
    "Alibaba Group hired Carlos Dominguez of the Bank of the Philippine Islands",
    "  The  U.S. Food and Drug Administration \n\n said on 3 May 2024 that Pfizer Inc. had paid $5m.  ",
    "Apple",
]
