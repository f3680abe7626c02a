"""Russian morphology and NER, loaded once per process and only when first needed.

natasha and yargy import `pymorphy2`, whose dictionary lookup imports `pkg_resources`;
current setuptools no longer ships it, so a fresh virtual environment fails at import.
pymorphy3 is the maintained fork with the same API and its own dictionaries: we redirect
every `pymorphy2` import to it before natasha or yargy are imported. This is done here,
and every use of natasha/yargy in the project goes through this module.
"""

from __future__ import annotations

import importlib
import sys
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec


class _Pymorphy2ToPymorphy3:
    """Serves `pymorphy2[.x]` from `pymorphy3[.x]`.

    A meta path finder and loader by protocol, not by subclassing importlib.abc: importing
    importlib.abc and importlib.util costs `moc-extract --help` some 30 ms."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> ModuleSpec | None:
        if name == "pymorphy2" or name.startswith("pymorphy2."):
            import importlib.util

            return importlib.util.spec_from_loader(name, self)
        return None

    def create_module(self, spec: ModuleSpec) -> ModuleType:
        return importlib.import_module("pymorphy3" + spec.name[len("pymorphy2") :])

    def exec_module(self, module: ModuleType) -> None:
        return None


def install_pymorphy_redirect() -> None:
    if not any(isinstance(f, _Pymorphy2ToPymorphy3) for f in sys.meta_path):
        sys.meta_path.insert(0, _Pymorphy2ToPymorphy3())
    # A pymorphy2 imported before the redirect would win; drop it so ours is used.
    for name in [n for n in sys.modules if n == "pymorphy2" or n.startswith("pymorphy2.")]:
        if not sys.modules[name].__name__.startswith("pymorphy3"):
            del sys.modules[name]


@cache
def analyzer() -> Any:
    """The process-wide pymorphy3 analyser (about 0.1 s and 15 MB to load)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def is_known_word(word: str) -> bool:
    """Whether the dictionary knows the word (not a guess from its ending)."""
    return bool(analyzer().word_is_known(word.lower()))


def is_plausible_word(word: str) -> bool:
    """A dictionary word, or one made of a known prefix and a dictionary word
    («общеразвивающих» = «обще» + «развивающих»); not a guess from an ending alone."""
    if is_known_word(word):
        return True
    return any(
        [type(m[0]).__name__ for m in p.methods_stack]
        == ["DictionaryAnalyzer", "KnownPrefixAnalyzer"]
        for p in analyzer().parse(word.lower())
    )


class Natasha:
    """natasha's segmenter, NER tagger and morphology, loaded together once."""

    def __init__(self) -> None:
        install_pymorphy_redirect()
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            Segmenter,
        )

        emb = NewsEmbedding()
        self.segmenter = Segmenter()
        self.ner_tagger = NewsNERTagger(emb)
        self.morph_tagger = NewsMorphTagger(emb)
        self.morph_vocab = _shared_morph_vocab(MorphVocab)

    def ner_doc(self, text: str) -> Any:
        """A natasha Doc of `text` with its tokens, sentences and NER spans.

        What `Doc.segment` then `Doc.tag_ner` give, with the text tokenized once instead of
        twice (both run razdel's tokenizer over the whole text; it costs as much as a
        third of NER): the tagger is fed the segmenter's words.
        """
        import razdel
        from natasha.doc import Doc, DocSent, DocSpan, DocToken
        from slovnet.bio import bio_spans
        from slovnet.token import find_tokens

        doc = Doc(text)
        doc.tokens = [DocToken(t.start, t.stop, t.text) for t in razdel.tokenize(text)]
        doc.sents = [DocSent(s.start, s.stop, s.text) for s in self.segmenter.sentenize(text)]
        doc.envelop_sent_tokens()
        if not text.strip():
            doc.spans = []
            return doc
        words = [t.text for t in doc.tokens]
        infer = self.ner_tagger.infer
        tags = next(iter(infer.decoder(infer.process(infer.encoder([words])))))
        doc.spans = [
            DocSpan(s.start, s.stop, s.type, text[s.start : s.stop])
            for s in bio_spans(find_tokens(text, words), tags)
        ]
        doc.envelop_span_tokens()
        doc.envelop_sent_spans()
        return doc


def _shared_morph_vocab(vocab_cls: type) -> Any:
    """natasha's MorphVocab (a pymorphy analyser) on the dictionary `analyzer()` loaded.

    A second dictionary costs each worker about 20 MB and 0.15 s. pymorphy3 offers no way
    to pass a loaded dictionary in, so its loader is pointed at ours while the vocabulary
    is built; should a pymorphy3 release change that, a vocabulary of its own is built.
    """
    from pymorphy3 import analyzer as pymorphy_analyzer

    shared = analyzer()

    class SharedVocab(vocab_cls):  # type: ignore[misc, valid-type]
        def _get_prob_estimator(self, *args: Any) -> Any:
            return shared.prob_estimator

    module = pymorphy_analyzer.opencorpora_dict
    loader = module.Dictionary
    try:
        module.Dictionary = lambda path: shared.dictionary
        vocab = SharedVocab()
    except Exception:
        return vocab_cls()
    finally:
        module.Dictionary = loader
    vocab.__class__ = vocab_cls  # behaves and prints as natasha's own
    return vocab


@cache
def natasha() -> Natasha:
    """The process-wide natasha pipeline (about a second to load)."""
    return Natasha()
