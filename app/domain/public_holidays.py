"""Public holidays as calendar exceptions, from the `holidays` package, Dutch by default."""

from __future__ import annotations

from functools import lru_cache

from app.domain.calendar import DEFAULT_DAY, CalendarException, CalendarSpec

GOOD_FRIDAY_NL = "Goede vrijdag"  # the `holidays` package spells it with a small v
PUBLIC = "public"


@lru_cache(maxsize=32)
def public_holiday_exceptions(
    country: str = "NL",
    years: range = range(1984, 2150),
    subdivision: str | None = None,
    dropped: frozenset[str] = frozenset(),
    *,
    language: str | None = None,
    categories: frozenset[str] = frozenset({PUBLIC}),
) -> tuple[CalendarException, ...]:
    """One non-working exception per holiday date, named as the `holidays` package names it.

    Cached, because generating 166 years costs tens of milliseconds and every calendar the
    scheduler compiles asks again. ``language`` None means the country's own language (Dutch
    for NL), never the machine's locale. Names in ``dropped`` match case-insensitively; a
    date that carries two holidays (Bevrijdingsdag and Hemelvaartsdag on 5 May 2005) stays off
    unless both are dropped. ``categories`` may add e.g. "optional" (for NL: Bevrijdingsdag in
    every year). An unknown country or subdivision raises ValueError. The package knows no
    holidays after 2100 (its ``end_year``), so 2101-2149 get none.
    """
    import holidays

    try:
        if language is None:
            # Left to itself the package guesses from the locale (LANG, LANGUAGE), so names
            # would change with the machine; ask for the country's own language instead.
            language = holidays.country_holidays(country, years=()).default_language
        table = holidays.country_holidays(
            country,
            subdiv=subdivision,
            years=years,
            language=language,
            categories=tuple(sorted(categories)),
        )
    except NotImplementedError as error:
        raise ValueError(f"no public holidays known: {error}") from error
    skip = {name.casefold() for name in dropped}
    exceptions = []
    for day in sorted(table):
        names = [name for name in table.get_list(day) if name.casefold() not in skip]
        if names:
            exceptions.append(CalendarException("; ".join(names), day, day))
    return tuple(exceptions)


def supported_countries() -> dict[str, list[str]]:
    """Country codes with their subdivision codes, for choosing another country's holidays."""
    import holidays

    return {
        code: list(subdivisions)
        for code, subdivisions in holidays.list_supported_countries().items()
    }


@lru_cache(maxsize=1)
def dutch_standard_calendar() -> CalendarSpec:
    """The default Koers calendar: Mon-Fri 08:00-12:00, 13:00-17:00 with Dutch public holidays.

    Goede vrijdag is dropped: most Dutch employers work on Good Friday. Bevrijdingsdag
    (5 May) follows the `holidays` package's public list, which has it only in lustrum years
    (1985, 1990, ..., 2025, 2030), as most collective labour agreements do; a project that
    takes it off every year adds it as an exception (or asks for the "optional" category).
    Cached: the spec is immutable, so every caller can share one.
    """
    return CalendarSpec(
        name="Standard",
        week=(DEFAULT_DAY,) * 5 + ((), ()),
        exceptions=public_holiday_exceptions("NL", dropped=frozenset({GOOD_FRIDAY_NL})),
    )
