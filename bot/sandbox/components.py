"""Message components and modals, checked as Discord checks them (developers/components/reference.mdx).

Classic messages hold at most 5 action rows and nothing else at the top level; a row holds 1-5
buttons or exactly one select. A message with IS_COMPONENTS_V2 may hold layout components
(containers, sections, text) at the top level, at most 40 components in all.
"""

from __future__ import annotations

from typing import Any

from .errors import FormErrors, Path

JSON = dict[str, Any]

IS_COMPONENTS_V2 = 1 << 15
ACTION_ROW, BUTTON, STRING_SELECT, TEXT_INPUT = 1, 2, 3, 4
SELECTS = frozenset({3, 5, 6, 7, 8})
SECTION, TEXT_DISPLAY, THUMBNAIL, MEDIA_GALLERY, FILE, SEPARATOR, CONTAINER, LABEL = (
    9,
    10,
    11,
    12,
    13,
    14,
    17,
    18,
)
FILE_UPLOAD = 19
V2_TOP_LEVEL = frozenset({ACTION_ROW, SECTION, TEXT_DISPLAY, MEDIA_GALLERY, FILE, SEPARATOR, CONTAINER})
BUTTON_STYLES = frozenset({1, 2, 3, 4, 5, 6})
LINK, PREMIUM = 5, 6
URL_SCHEMES = ("http://", "https://", "discord://")


def _union_type(errs: FormErrors, path: Path, allowed: frozenset[int] | set[int]) -> None:
    listed = ",".join(str(t) for t in sorted(allowed))
    errs.add(path, "UNION_TYPE_CHOICES", f'Value of field "type" must be one of ({listed},).')


def check_message_components(errs: FormErrors, components: Any, flags: int) -> None:
    if not isinstance(components, list):
        return
    v2 = bool(flags & IS_COMPONENTS_V2)
    if not v2:
        errs.count(["components"], components, 5)
    elif _count_all(components) > 40:
        errs.add(["components"], "BASE_TYPE_MAX_LENGTH", "Must be 40 or fewer in length.")
    seen: set[str] = set()
    for i, comp in enumerate(components):
        path: Path = ["components", i]
        if not isinstance(comp, dict):
            errs.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
            continue
        kind = comp.get("type")
        if kind == ACTION_ROW:
            _check_row(errs, path, comp, seen)
        elif v2 and kind in V2_TOP_LEVEL:
            _check_layout(errs, path, comp, seen)
        else:
            _union_type(errs, [*path, "type"], V2_TOP_LEVEL if v2 else {ACTION_ROW})


def _count_all(components: list[Any]) -> int:
    total = 0
    stack = list(components)
    while stack:
        comp = stack.pop()
        if not isinstance(comp, dict):
            continue
        total += 1
        stack.extend(c for c in comp.get("components") or [] if isinstance(c, dict))
        if isinstance(comp.get("accessory"), dict):
            stack.append(comp["accessory"])
    return total


def _check_row(errs: FormErrors, path: Path, row: JSON, seen: set[str]) -> None:
    children = row.get("components")
    if not isinstance(children, list) or not children:
        errs.add([*path, "components"], "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.")
        return
    errs.count([*path, "components"], children, 5)
    kinds = [c.get("type") for c in children if isinstance(c, dict)]
    if any(k in SELECTS for k in kinds) and len(children) > 1:
        errs.add(
            [*path, "components"],
            "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
            "The specified component exceeds the maximum width",
        )
    for j, comp in enumerate(children):
        cpath: Path = [*path, "components", j]
        kind = comp.get("type") if isinstance(comp, dict) else None
        if kind == BUTTON:
            check_button(errs, cpath, comp, seen)
        elif kind in SELECTS:
            check_select(errs, cpath, comp, seen)
        else:
            _union_type(errs, [*cpath, "type"], {BUTTON, *SELECTS})


def _check_layout(errs: FormErrors, path: Path, comp: JSON, seen: set[str]) -> None:
    kind = comp.get("type")
    if kind == TEXT_DISPLAY:
        errs.required([*path, "content"], comp.get("content"))
        errs.max_len([*path, "content"], comp.get("content"), 4000)
    elif kind == CONTAINER:
        for j, child in enumerate(comp.get("components") or []):
            cpath: Path = [*path, "components", j]
            if isinstance(child, dict) and child.get("type") == ACTION_ROW:
                _check_row(errs, cpath, child, seen)
            elif isinstance(child, dict) and child.get("type") in V2_TOP_LEVEL - {CONTAINER}:
                _check_layout(errs, cpath, child, seen)
            else:
                _union_type(errs, [*cpath, "type"], V2_TOP_LEVEL - {CONTAINER})
    elif kind == SECTION:
        kids = comp.get("components")
        errs.count([*path, "components"], kids, 3, 1)
        accessory = comp.get("accessory")
        if isinstance(accessory, dict) and accessory.get("type") == BUTTON:
            check_button(errs, [*path, "accessory"], accessory, seen)


def _check_url(errs: FormErrors, path: Path, url: Any) -> None:
    if not isinstance(url, str) or not url.startswith(URL_SCHEMES):
        errs.add(path, "URL_TYPE_INVALID_SCHEME", "Scheme must be one of ('http', 'https', 'discord').")
    errs.max_len(path, url, 512)


def check_button(errs: FormErrors, path: Path, button: JSON, seen: set[str]) -> None:
    style = button.get("style")
    errs.choice([*path, "style"], style, BUTTON_STYLES)
    cid = button.get("custom_id")
    if style == LINK:
        if cid is not None:
            errs.add([*path, "custom_id"], "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED", "A link button cannot have a custom_id")
        if button.get("url") is None:
            errs.required([*path, "url"], None)
        else:
            _check_url(errs, [*path, "url"], button.get("url"))
    elif style == PREMIUM:
        if cid is not None or button.get("label") or button.get("emoji") or button.get("url"):
            errs.add(path, "BUTTON_COMPONENT_INVALID_PREMIUM", "A premium button has only a sku_id")
        errs.required([*path, "sku_id"], button.get("sku_id"))
    elif style in BUTTON_STYLES:
        if button.get("url") is not None:
            errs.add([*path, "url"], "BUTTON_COMPONENT_URL_NOT_ALLOWED", "Only link buttons may have a url")
        _check_custom_id(errs, path, cid, seen)
    if style != PREMIUM and not button.get("label") and not button.get("emoji"):
        errs.add(path, "BUTTON_COMPONENT_MISSING_LABEL_OR_EMOJI", "A button needs a label or an emoji")
    errs.max_len([*path, "label"], button.get("label"), 80)


def _check_custom_id(errs: FormErrors, path: Path, cid: Any, seen: set[str]) -> None:
    if cid is None:
        errs.required([*path, "custom_id"], None)
        return
    errs.max_len([*path, "custom_id"], cid, 100, 1)
    if str(cid) in seen:
        errs.add([*path, "custom_id"], "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated")
    seen.add(str(cid))


def check_select(errs: FormErrors, path: Path, select: JSON, seen: set[str]) -> None:
    _check_custom_id(errs, path, select.get("custom_id"), seen)
    errs.max_len([*path, "placeholder"], select.get("placeholder"), 150)
    low = select.get("min_values", 1)
    high = select.get("max_values", 1)
    errs.int_range([*path, "min_values"], low, 0, 25)
    errs.int_range([*path, "max_values"], high, 1, 25)
    if isinstance(low, int) and isinstance(high, int) and low > high:
        errs.add([*path, "min_values"], "SELECT_COMPONENT_MIN_GREATER_THAN_MAX", "min_values must be less than or equal to max_values")
    if select.get("type") != STRING_SELECT:
        return
    options = select.get("options")
    errs.count([*path, "options"], options, 25, 1)
    if not isinstance(options, list):
        errs.required([*path, "options"], None)
        return
    if isinstance(high, int) and high > len(options):
        errs.add([*path, "max_values"], "SELECT_COMPONENT_MAX_VALUES_TOO_LARGE", "max_values must be at most the number of options")
    values: set[str] = set()
    for k, opt in enumerate(options):
        opath: Path = [*path, "options", k]
        errs.max_len([*opath, "label"], opt.get("label"), 100, 1)
        errs.required([*opath, "label"], opt.get("label"))
        errs.max_len([*opath, "value"], opt.get("value"), 100, 1)
        errs.required([*opath, "value"], opt.get("value"))
        errs.max_len([*opath, "description"], opt.get("description"), 100)
        if str(opt.get("value")) in values:
            errs.add([*opath, "value"], "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED", "Option values must be unique")
        values.add(str(opt.get("value")))


def check_text_input(errs: FormErrors, path: Path, comp: JSON, seen: set[str], *, in_label: bool) -> None:
    _check_custom_id(errs, path, comp.get("custom_id"), seen)
    errs.choice([*path, "style"], comp.get("style"), {1, 2})
    if not in_label:
        # In an action row the (deprecated) label is what the user reads: required, 1-45.
        errs.required([*path, "label"], comp.get("label"))
        errs.max_len([*path, "label"], comp.get("label"), 45, 1)
    low, high = comp.get("min_length"), comp.get("max_length")
    errs.int_range([*path, "min_length"], low, 0, 4000)
    errs.int_range([*path, "max_length"], high, 1, 4000)
    if isinstance(low, int) and isinstance(high, int) and low > high:
        errs.add([*path, "min_length"], "TEXT_INPUT_MIN_GREATER_THAN_MAX", "min_length must be less than or equal to max_length")
    errs.max_len([*path, "value"], comp.get("value"), 4000)
    errs.max_len([*path, "placeholder"], comp.get("placeholder"), 100)


def check_modal(errs: FormErrors, data: JSON) -> None:
    """A MODAL (9) callback's data (developers/interactions/receiving-and-responding.mdx, Modal)."""
    errs.required(["data", "custom_id"], data.get("custom_id"))
    errs.max_len(["data", "custom_id"], data.get("custom_id"), 100, 1)
    errs.required(["data", "title"], data.get("title"))
    errs.max_len(["data", "title"], data.get("title"), 45, 1)
    components = data.get("components")
    if not isinstance(components, list) or not components:
        errs.add(["data", "components"], "BASE_TYPE_MIN_LENGTH", "Must be between 1 and 5 in length.")
        return
    if len(components) > 5:
        errs.add(["data", "components"], "BASE_TYPE_MAX_LENGTH", "Must be between 1 and 5 in length.")
    seen: set[str] = set()
    for i, comp in enumerate(components):
        path: Path = ["data", "components", i]
        kind = comp.get("type") if isinstance(comp, dict) else None
        if kind == ACTION_ROW:
            kids = comp.get("components") or []
            if len(kids) != 1 or not isinstance(kids[0], dict) or kids[0].get("type") != TEXT_INPUT:
                errs.add([*path, "components"], "MODAL_ACTION_ROW_TEXT_INPUT_ONLY", "A modal's action row holds exactly one text input")
            elif isinstance(kids[0], dict):
                check_text_input(errs, [*path, "components", 0], kids[0], seen, in_label=False)
        elif kind == LABEL:
            errs.required([*path, "label"], comp.get("label"))
            errs.max_len([*path, "label"], comp.get("label"), 45, 1)
            errs.max_len([*path, "description"], comp.get("description"), 100)
            inner = comp.get("component")
            ikind = inner.get("type") if isinstance(inner, dict) else None
            if isinstance(inner, dict) and ikind == TEXT_INPUT:
                check_text_input(errs, [*path, "component"], inner, seen, in_label=True)
            elif isinstance(inner, dict) and ikind in (SELECTS | {FILE_UPLOAD}):
                _check_custom_id(errs, [*path, "component"], inner.get("custom_id"), seen)
            else:
                _union_type(errs, [*path, "component", "type"], {TEXT_INPUT, *SELECTS, FILE_UPLOAD})
        elif kind == TEXT_DISPLAY:
            errs.required([*path, "content"], comp.get("content"))
        else:
            _union_type(errs, [*path, "type"], {ACTION_ROW, LABEL, TEXT_DISPLAY})


def as_stored(components: list[Any]) -> list[Any]:
    """Components as Discord stores and answers them: every component numbered (``id``, depth
    first, from 1, keeping ids the sender chose) and selects with their min/max_values filled in."""
    taken = {c.get("id") for c in _flat(components)}
    counter = 0

    def next_id() -> int:
        nonlocal counter
        counter += 1
        while counter in taken:
            counter += 1
        return counter

    def copy(comp: Any) -> Any:
        if not isinstance(comp, dict):
            return comp
        out = dict(comp)
        if out.get("id") is None:
            out["id"] = next_id()
        if out.get("type") in SELECTS:
            out.setdefault("min_values", 1)
            out.setdefault("max_values", 1)
            if out.get("type") == STRING_SELECT:
                out.setdefault("options", [])
        if isinstance(out.get("components"), list):
            out["components"] = [copy(c) for c in out["components"]]
        for key in ("accessory", "component"):
            if isinstance(out.get(key), dict):
                out[key] = copy(out[key])
        return out

    return [copy(c) for c in components]


def _flat(components: list[Any]) -> list[JSON]:
    out: list[JSON] = []
    stack = list(components)
    while stack:
        comp = stack.pop()
        if not isinstance(comp, dict):
            continue
        out.append(comp)
        stack.extend(comp.get("components") or [])
        for key in ("accessory", "component"):
            if isinstance(comp.get(key), dict):
                stack.append(comp[key])
    return out
