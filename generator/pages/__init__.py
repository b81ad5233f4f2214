"""Pages: the resolved graph of the records rendered as Markdown for every language of the site."""

from .generate import OWNED, GenerateResult, generate, load_generate_state

__all__ = ["OWNED", "GenerateResult", "generate", "load_generate_state"]
