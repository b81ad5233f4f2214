"""One module of words and patterns per language (`ar`, `en`), and the codes they share (`common`)."""
