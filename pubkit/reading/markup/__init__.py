"""Markup readers: one module per markup, each turning a document into `base.Document`."""

from pubkit.reading.markup.base import Block, Document, Heading, Span

__all__ = ["Block", "Document", "Heading", "Span"]
