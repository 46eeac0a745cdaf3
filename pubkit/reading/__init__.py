"""Reading printed publication lists and reference strings.

Stages: markup, tokens, a trained labeller, the list's template, interpretation.
"""
