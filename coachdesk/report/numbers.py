"""Numbers shown together, the same way: one number of decimals for all of them
("eerste 5,1" beside "laatste 5,0", never "laatste 5") and a real minus sign.
Rounding and the decimal sign come from core.formatting.number."""

from __future__ import annotations

from coachdesk.core.formatting import number
from coachdesk.i18n import Lang, tr

MINUS = "\u2212"


def consistent(values: list[float], lang: Lang, digits: int = 1) -> list[str]:
    """``values`` formatted with as many decimals as the most precise one needs."""
    sign = tr("format.decimal", lang)
    texts = [number(v, lang, digits) for v in values]
    places = max((len(t.split(sign)[1]) if sign in t else 0 for t in texts), default=0)
    out = []
    for text in texts:
        whole, _, part = text.partition(sign)
        if places:
            text = f"{whole}{sign}{part.ljust(places, '0')}"
        out.append(text.replace("-", MINUS))
    return out


def shown(value: float, lang: Lang, digits: int = 1) -> str:
    """One number, with a real minus sign."""
    return number(value, lang, digits).replace("-", MINUS)


def signed(value: float, lang: Lang, digits: int = 1) -> str:
    """A change: "+1,5", "−0,5", "0"."""
    text = number(value, lang, digits)
    if text.startswith("-"):
        return MINUS + text[1:]
    return text if text == "0" else f"+{text}"
