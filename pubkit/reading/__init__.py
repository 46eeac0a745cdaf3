"""Reading printed publication lists and reference strings: markup, tokens, a trained labeller, interpretation."""
