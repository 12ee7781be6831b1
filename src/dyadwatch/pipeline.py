"""The pure per-document pipeline: Document -> ProcessedDocument | Rejection.

No I/O and no shared state beyond the cached model and knowledge, so the same
function runs in the CLI, the web server, or a Dask worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dyadwatch import knowledge, nlp
from dyadwatch.clean import clean
from dyadwatch.coding.coder import code_article
from dyadwatch.coding.contexts import tag
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Article, Document, ProcessedDocument, Rejection


def process(document: Document, kb: KnowledgeBase | None = None,
            model: str | None = None) -> ProcessedDocument | Rejection:
    kb = kb or knowledge.load()
    article = clean(kb, document)
    if isinstance(article, Rejection):
        return article
    return code(article, kb, model)


def code(article: Article, kb: KnowledgeBase | None = None,
         model: str | None = None) -> ProcessedDocument:
    """The NLP and coding half, for callers that look at the cleaned article first."""
    kb = kb or knowledge.load()
    mentions = tuple(code_article(kb, nlp.load(model), article))
    return ProcessedDocument(article, tag(kb, article, mentions))


def process_all(items: Iterable[Document | Rejection], kb: KnowledgeBase | None = None,
                model: str | None = None) -> Iterator[ProcessedDocument | Rejection]:
    for item in items:
        yield item if isinstance(item, Rejection) else process(item, kb, model)
