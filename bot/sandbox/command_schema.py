"""Application command schemas checked as Discord checks a bulk overwrite (400 50035).

Source: developers/interactions/application-commands.mdx (naming regex, option structure and
"Valid Option Types", "autocomplete may not be set to true if choices are present", required
options before optional ones, one level of nesting inside a group, 8000 characters per command
counting the longest localization of each field) and developers/reference.mdx (Locales).
"""

from __future__ import annotations

from typing import Any

from bot.lazy_re import compile_later

from .errors import FormErrors, Path

JSON = dict[str, Any]

SUB_COMMAND, SUB_COMMAND_GROUP, STRING, INTEGER, BOOLEAN = 1, 2, 3, 4, 5
CHANNEL, NUMBER = 7, 10
OPTION_TYPES = frozenset(range(1, 12))
CHOICE_TYPES = frozenset({STRING, INTEGER, NUMBER})
CHAT_INPUT = 1
COMMAND_TYPES = frozenset({1, 2, 3, 4})
CONTEXTS = frozenset({0, 1, 2})
INTEGRATION_TYPES = frozenset({0, 1})
MAX_COMMAND_SIZE = 8000
LOCALES = frozenset(
    "id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs el bg ru uk hi "
    "th zh-CN ja zh-TW ko".split()
)
# The documented regex is ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$; Python's \w covers letters and
# digits of every script (plus '_'), which is the same set for names anyone writes.
_NAME = compile_later(r"^[-_'\w]{1,32}$")
_PERMISSIONS = compile_later(r"^\d{1,17}$")
MAX_PERMISSIONS = 1 << 54


def _check_name(errs: FormErrors, path: Path, name: Any, *, chat_input: bool) -> None:
    text = name if isinstance(name, str) else ""
    if not chat_input:
        errs.max_len(path, text, 32, 1)
    elif not _NAME.match(text) or text != text.lower():
        errs.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")


def _check_localizations(errs: FormErrors, path: Path, value: Any, *, name: bool, chat_input: bool) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        errs.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
        return
    for locale, text in value.items():
        if locale not in LOCALES:
            errs.add([*path, locale], "LOCALE_INVALID", f"Invalid locale {locale!r}")
        elif name:
            _check_name(errs, [*path, locale], text, chat_input=chat_input)
        else:
            errs.max_len([*path, locale], text, 100, 1)


def _longest(obj: JSON, field: str) -> int:
    """A field's size for the 8000 limit: the longest of its default and localized values."""
    sizes = [len(str(obj.get(field) or ""))]
    localized = obj.get(f"{field}_localizations")
    if isinstance(localized, dict):
        sizes.extend(len(str(v)) for v in localized.values())
    return max(sizes)


def command_size(cmd: JSON) -> int:
    total = _longest(cmd, "name") + _longest(cmd, "description")
    stack: list[JSON] = list(cmd.get("options") or [])
    while stack:
        opt = stack.pop()
        total += _longest(opt, "name") + _longest(opt, "description")
        for choice in opt.get("choices") or []:
            total += _longest(choice, "name") + len(str(choice.get("value", "")))
        stack.extend(opt.get("options") or [])
    return total


def _check_choices(errs: FormErrors, path: Path, opt: JSON) -> None:
    choices = opt.get("choices")
    if choices is None:
        return
    kind = opt.get("type")
    if kind not in CHOICE_TYPES:
        errs.add([*path, "choices"], "APPLICATION_COMMAND_OPTION_CHOICES_NOT_ALLOWED", "Choices are only valid for string, integer and number options")
        return
    if opt.get("autocomplete"):
        errs.add([*path, "autocomplete"], "APPLICATION_COMMAND_AUTOCOMPLETE_WITH_CHOICES", "Autocomplete cannot be set when choices are present")
    errs.count([*path, "choices"], choices, 25)
    for k, choice in enumerate(choices):
        cpath: Path = [*path, "choices", k]
        errs.max_len([*cpath, "name"], choice.get("name"), 100, 1)
        _check_localizations(errs, [*cpath, "name_localizations"], choice.get("name_localizations"), name=False, chat_input=True)
        value = choice.get("value")
        if kind == STRING:
            if not isinstance(value, str):
                errs.add([*cpath, "value"], "BASE_TYPE_BAD_TYPE", "Must be a string.")
            else:
                errs.max_len([*cpath, "value"], value, 100, 1)
        elif isinstance(value, bool) or not isinstance(value, int | float) or (kind == INTEGER and not isinstance(value, int)):
            errs.add([*cpath, "value"], "NUMBER_TYPE_COERCE", f"Value {value!r} is not a valid number.")


def _check_option(errs: FormErrors, path: Path, opt: JSON, depth: int, parent: int | None) -> None:
    kind = opt.get("type")
    errs.choice([*path, "type"], kind, OPTION_TYPES)
    _check_name(errs, [*path, "name"], opt.get("name"), chat_input=True)
    _check_localizations(errs, [*path, "name_localizations"], opt.get("name_localizations"), name=True, chat_input=True)
    errs.required([*path, "description"], opt.get("description"))
    errs.max_len([*path, "description"], opt.get("description"), 100, 1)
    _check_localizations(errs, [*path, "description_localizations"], opt.get("description_localizations"), name=False, chat_input=True)
    # One level of nesting: a command holds groups or subcommands, a group holds subcommands only.
    if kind == SUB_COMMAND_GROUP and parent is not None:
        errs.add([*path, "type"], "APPLICATION_COMMAND_OPTION_NESTING_INVALID", "Subcommand groups may only be top-level options")
    if kind == SUB_COMMAND and parent == SUB_COMMAND:
        errs.add([*path, "type"], "APPLICATION_COMMAND_OPTION_NESTING_INVALID", "Subcommands may not contain subcommands")
    if parent == SUB_COMMAND_GROUP and kind != SUB_COMMAND:
        errs.add([*path, "type"], "APPLICATION_COMMAND_OPTION_NESTING_INVALID", "A subcommand group holds subcommands only")
    if kind in (SUB_COMMAND, SUB_COMMAND_GROUP):
        if opt.get("required"):
            errs.add([*path, "required"], "APPLICATION_COMMAND_OPTION_REQUIRED_INVALID", "Subcommands cannot be required")
        _check_option_list(errs, [*path, "options"], opt.get("options") or [], depth + 1, kind)
    elif opt.get("options"):
        errs.add([*path, "options"], "APPLICATION_COMMAND_OPTION_OPTIONS_NOT_ALLOWED", "Only subcommands and groups have options")
    _check_choices(errs, path, opt)
    if opt.get("autocomplete") and kind not in CHOICE_TYPES:
        errs.add([*path, "autocomplete"], "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_INVALID", "Autocomplete is only valid for string, integer and number options")
    errs.int_range([*path, "min_length"], opt.get("min_length"), 0, 6000)
    errs.int_range([*path, "max_length"], opt.get("max_length"), 1, 6000)
    low, high = opt.get("min_value"), opt.get("max_value")
    if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
        errs.add([*path, "min_value"], "APPLICATION_COMMAND_OPTION_MIN_GREATER_THAN_MAX", "min_value must be less than or equal to max_value")
    low_len, high_len = opt.get("min_length"), opt.get("max_length")
    if isinstance(low_len, int) and isinstance(high_len, int) and low_len > high_len:
        errs.add([*path, "min_length"], "APPLICATION_COMMAND_OPTION_MIN_GREATER_THAN_MAX", "min_length must be less than or equal to max_length")


def _check_option_list(errs: FormErrors, path: Path, options: list[JSON], depth: int, parent: int | None) -> None:
    errs.count(path, options, 25)
    optional_seen = False
    names: set[str] = set()
    kinds = {o.get("type") for o in options}
    if kinds & {SUB_COMMAND, SUB_COMMAND_GROUP} and kinds - {SUB_COMMAND, SUB_COMMAND_GROUP}:
        errs.add(path, "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Subcommands cannot be mixed with other options")
    for i, opt in enumerate(options):
        p: Path = [*path, i]
        name = str(opt.get("name", ""))
        if name in names:
            errs.add([*p, "name"], "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option names must be unique")
        names.add(name)
        if opt.get("type") not in (SUB_COMMAND, SUB_COMMAND_GROUP):
            if opt.get("required"):
                if optional_seen:
                    errs.add(
                        [*p, "required"],
                        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options",
                    )
            else:
                optional_seen = True
        _check_option(errs, p, opt, depth, parent)


def _valid_permissions(value: Any) -> bool:
    """null, or a bitset as a digit string (the docs) or an integer (the spec), below 2**54."""
    if value is None:
        return True
    if isinstance(value, str) and _PERMISSIONS.match(value):
        value = int(value)
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_PERMISSIONS


def _check_command(errs: FormErrors, i: int, cmd: JSON) -> None:
    kind = cmd.get("type", CHAT_INPUT)
    errs.choice([i, "type"], kind, COMMAND_TYPES)
    chat_input = kind == CHAT_INPUT
    _check_name(errs, [i, "name"], cmd.get("name"), chat_input=chat_input)
    _check_localizations(errs, [i, "name_localizations"], cmd.get("name_localizations"), name=True, chat_input=chat_input)
    if chat_input:
        errs.required([i, "description"], cmd.get("description"))
        errs.max_len([i, "description"], cmd.get("description"), 100, 1)
    _check_localizations(errs, [i, "description_localizations"], cmd.get("description_localizations"), name=False, chat_input=chat_input)
    if not _valid_permissions(cmd.get("default_member_permissions")):
        errs.add([i, "default_member_permissions"], "PERMISSIONS_INVALID", "Invalid permissions string.")
    for field, allowed in (("contexts", CONTEXTS), ("integration_types", INTEGRATION_TYPES)):
        values = cmd.get(field)
        if values is None:
            continue
        if not isinstance(values, list):
            errs.add([i, field], "BASE_TYPE_BAD_TYPE", "Must be an array.")
            continue
        for k, value in enumerate(values):
            errs.choice([i, field, k], value, allowed)
    if chat_input:
        _check_option_list(errs, [i, "options"], cmd.get("options") or [], 0, None)
    elif cmd.get("options"):
        errs.add([i, "options"], "APPLICATION_COMMAND_OPTION_OPTIONS_NOT_ALLOWED", "Only chat input commands have options")
    if command_size(cmd) > MAX_COMMAND_SIZE:
        errs.add([i], "APPLICATION_COMMAND_TOO_LARGE", f"Command exceeds maximum size ({MAX_COMMAND_SIZE})")


def validate_commands(commands: list[JSON]) -> None:
    """Check a bulk-overwrite body; raise ApiError like Discord would."""
    errs = FormErrors()
    errs.count([], commands, 100)
    seen: set[tuple[Any, str]] = set()
    for i, cmd in enumerate(commands):
        if not isinstance(cmd, dict):
            errs.add([i], "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
            continue
        key = (cmd.get("type", CHAT_INPUT), str(cmd.get("name", "")))
        if key in seen:
            errs.add([i, "name"], "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique")
        seen.add(key)
        _check_command(errs, i, cmd)
    errs.raise_if_any()
