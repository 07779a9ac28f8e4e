"""``FlowJSON`` and ``Screen``: a whole Flow, serialised as Meta's Flow JSON and validated the way Meta validates it.

``FlowJSON.to_dict()`` / ``to_json()`` refuse (:class:`FlowJSONError`, listing every problem) what Meta would refuse:
duplicate screen ids or component names, no terminal screen, a terminal screen without a Footer, more than one
Footer on a screen, a navigate action to an unknown screen (or one the routing model does not allow), a complete
action off a terminal screen, a data_exchange action without ``data_api_version``, a routing model that is missing
with an endpoint or names unknown screens, loops, or more than 10 routes from a screen, ``${data.x}`` references to
undeclared data, empty strings (from 6.0), components newer than ``version`` (If/Switch 4.0, RichText 5.1,
update_data/open_url 6.0; inputs outside a Form below 4.0), option lists over Meta's limits, and Footer labels
over 35 characters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from ._components import (
    Action,
    CheckboxGroup,
    CompleteAction,
    Component,
    DataExchangeAction,
    DataField,
    DatePicker,
    Dropdown,
    Footer,
    If,
    NavigateAction,
    OpenUrlAction,
    OptIn,
    RadioButtonsGroup,
    RichText,
    Switch,
    TextArea,
    TextInput,
    UpdateDataAction,
    _json_value,
)
from ._errors import FlowJSONError

__all__ = ["DATA_API_VERSION", "FLOW_JSON_VERSION", "FlowJSON", "Screen"]

#: The Flow JSON version Meta recommends (Flows changelog: 7.3, with data API 4.0 for endpoints).
FLOW_JSON_VERSION: Final = "7.3"
#: The latest data API version; 3.0 is still supported, 4.0 adds ``flow_token_signature``.
DATA_API_VERSION: Final = "4.0"
DATA_API_VERSIONS: Final = frozenset({"3.0", "4.0"})
_VERSION = re.compile(r"^\d+\.\d+$")
_SCREEN_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_DATA_REF = re.compile(r"\$\{data\.([A-Za-z0-9_]+)")
MAX_ROUTES_PER_SCREEN: Final = 10
FOOTER_LABEL_MAX: Final = 35
#: The first Flow JSON version that has a component or action (from Meta's changelog); older ones refuse it.
_SINCE: Final[Mapping[type[Any], tuple[int, int]]] = {
    If: (4, 0),
    Switch: (4, 0),
    RichText: (5, 1),
    UpdateDataAction: (6, 0),
    OpenUrlAction: (6, 0),
}
#: Below 4.0 inputs must sit in a Form component, which this builder does not produce.
_INPUTS: Final = (TextInput, TextArea, Dropdown, RadioButtonsGroup, CheckboxGroup, DatePicker, OptIn)
_OPTION_LIMITS: Final[Mapping[type[Component], tuple[int, int]]] = {
    Dropdown: (1, 200),
    RadioButtonsGroup: (1, 20),
    CheckboxGroup: (1, 20),
}


@dataclass(frozen=True, slots=True)
class Screen:
    """One screen: ``id`` (``SUCCESS`` is reserved), ``title``, a single-column ``layout`` of components.

    ``terminal=True`` marks a screen that may end the Flow (it needs a Footer); ``success`` says whether ending
    there counts as success; ``data`` declares the screen's dynamic data (each with an example); ``sensitive``
    names fields masked in the response summary; ``refresh_on_back`` calls the endpoint when going back to it.
    """

    id: str
    layout: Sequence[Component]
    title: str | None = None
    terminal: bool | None = None
    success: bool | None = None
    data: Mapping[str, DataField | Mapping[str, Any]] | None = None
    refresh_on_back: bool | None = None
    sensitive: Sequence[str] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        if self.title is not None:
            out["title"] = self.title
        if self.terminal is not None:
            out["terminal"] = self.terminal
        if self.success is not None:
            out["success"] = self.success
        if self.refresh_on_back is not None:
            out["refresh_on_back"] = self.refresh_on_back
        if self.sensitive is not None:
            out["sensitive"] = list(self.sensitive)
        if self.data is not None:
            out["data"] = _json_value(self.data)
        out["layout"] = {"type": "SingleColumnLayout", "children": [child.to_dict() for child in self.layout]}
        return out


def _walk(children: Sequence[Component]) -> Iterator[Component]:
    for child in children:
        yield child
        if isinstance(child, If):
            yield from _walk(child.then)
            yield from _walk(child.else_ or ())
        elif isinstance(child, Switch):
            for case in child.cases.values():
                yield from _walk(case)


def _actions(component: Component) -> Iterator[Action]:
    for name in ("on_click_action", "on_select_action"):
        action = getattr(component, name, None)
        if isinstance(action, Action):
            yield action


def _footers_on_one_path(children: Sequence[Component]) -> int:
    """The most Footers a user can see at once (If/Switch branches are exclusive)."""
    count = 0
    for child in children:
        if isinstance(child, Footer):
            count += 1
        elif isinstance(child, If):
            count += max(_footers_on_one_path(child.then), _footers_on_one_path(child.else_ or ()))
        elif isinstance(child, Switch):
            count += max((_footers_on_one_path(case) for case in child.cases.values()), default=0)
    return count


def _duplicate_names(children: Sequence[Component], seen: set[str], where: str, problems: list[str]) -> set[str]:
    """Check names along each path; returns every name used (branches of one If/Switch may reuse a name)."""
    used: set[str] = set()
    for child in children:
        if isinstance(child, If | Switch):
            branches = [child.then, child.else_ or ()] if isinstance(child, If) else list(child.cases.values())
            merged: set[str] = set()
            for branch in branches:
                merged |= _duplicate_names(branch, seen | used, where, problems)
            used |= merged
            continue
        name = getattr(child, "name", None)
        if isinstance(name, str):
            if not name:
                problems.append(f"{where}: a {child.type} has an empty name")
            elif name in seen or name in used:
                problems.append(f"{where}: two components are named {name!r} (names must be unique on a screen)")
            used.add(name)
    return used


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _find_cycle(routes: Mapping[str, Sequence[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in routes.get(node, ()):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for node in routes:
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


@dataclass(frozen=True, slots=True)
class FlowJSON:
    """A Flow: its ``screens``, the Flow JSON ``version`` (default :data:`FLOW_JSON_VERSION`), and for Flows with a
    data endpoint ``data_api_version`` and ``routing_model`` (screen id → the screen ids it may go to).

    Example::

        flow = FlowJSON(screens=[Screen("NEWSLETTER", title="Stay in touch", terminal=True, success=True, layout=[
            TextInput("email", "Email", input_type="email", required=True),
            Footer("Subscribe", on_click_action=CompleteAction({"email": form_ref("email")})),
        ])])
        client.flows.upload_flow_json(flow_id, flow)
    """

    screens: Sequence[Screen]
    version: str = FLOW_JSON_VERSION
    data_api_version: str | None = None
    routing_model: Mapping[str, Sequence[str]] | None = None

    def problems(self) -> list[str]:
        """Every rule this Flow breaks (empty when Meta would accept it as far as wacloud can tell)."""
        problems: list[str] = []
        if not isinstance(self.version, str) or not _VERSION.match(self.version):
            problems.append(f"version must be 'major.minor' like {FLOW_JSON_VERSION!r}, got {self.version!r}")
        if self.data_api_version is not None and self.data_api_version not in DATA_API_VERSIONS:
            problems.append(
                f"data_api_version must be one of {sorted(DATA_API_VERSIONS)}, got {self.data_api_version!r}"
            )
        if not self.screens:
            return [*problems, "a Flow needs at least one screen"]
        ids = [screen.id for screen in self.screens]
        known = set(ids)
        for screen_id in sorted({i for i in ids if ids.count(i) > 1}):
            problems.append(f"two screens have the id {screen_id!r} (screen ids must be unique)")
        for screen_id in ids:
            if screen_id == "SUCCESS":
                problems.append("'SUCCESS' is reserved by Meta and cannot be a screen id")
            elif not isinstance(screen_id, str) or not _SCREEN_ID.match(screen_id):
                problems.append(
                    f"screen id {screen_id!r} must be letters, digits and underscores, starting with a letter"
                )
        if not any(screen.terminal for screen in self.screens):
            problems.append("no screen is terminal: mark the last screen(s) terminal=True")
        routes = self.routing_model
        if routes is not None:
            problems += self._routing_problems(routes, known)
        elif self.data_api_version is not None:
            problems.append("a Flow with data_api_version (an endpoint) needs a routing_model")
        for screen in self.screens:
            problems += self._screen_problems(screen, known, routes)
        return problems

    def _routing_problems(self, routes: Mapping[str, Sequence[str]], known: set[str]) -> list[str]:
        problems: list[str] = []
        for source, targets in routes.items():
            if source not in known:
                problems.append(f"routing_model: {source!r} is not a screen (screens: {', '.join(sorted(known))})")
            for target in targets:
                if target not in known:
                    problems.append(f"routing_model: {source!r} routes to {target!r}, which is not a screen")
            if len(targets) > MAX_ROUTES_PER_SCREEN:
                problems.append(
                    f"routing_model: {source!r} has {len(targets)} routes, Meta allows {MAX_ROUTES_PER_SCREEN}"
                )
        cycle = _find_cycle(routes)
        if cycle is not None:
            problems.append(f"routing_model has a loop ({' → '.join(cycle)}): routes only go forward")
        return problems

    def _screen_problems(
        self, screen: Screen, known: set[str], routes: Mapping[str, Sequence[str]] | None
    ) -> list[str]:
        where = f"screen {screen.id!r}"
        problems: list[str] = []
        components = list(_walk(screen.layout))
        footers = _footers_on_one_path(screen.layout)
        if footers > 1:
            problems.append(f"{where}: {footers} Footers can show at once, Meta allows one per screen")
        if screen.terminal and not any(isinstance(c, Footer) for c in components):
            problems.append(f"{where}: a terminal screen needs a Footer")
        _duplicate_names(screen.layout, set(), where, problems)
        declared = set((screen.data or {}).keys())
        for key, declaration in (screen.data or {}).items():
            example = declaration.example if isinstance(declaration, DataField) else declaration.get("__example__")
            if example is None:
                problems.append(f"{where}: data {key!r} needs an example (__example__)")
        texts = list(_strings([c.to_dict() for c in screen.layout]))
        if self._version_at_least(6, 0) and any(not text.strip() for text in texts):
            problems.append(f"{where}: a component property is an empty string (refused from Flow JSON 6.0)")
        for text in texts:
            for key in _DATA_REF.findall(text):
                if key not in declared:
                    problems.append(
                        f"{where}: ${{data.{key}}} is used but {key!r} is not declared in the screen's data"
                    )
        nodes: list[Component | Action] = [*components, *(a for c in components for a in _actions(c))]
        for node in nodes:
            since = _SINCE.get(type(node))
            if since is not None and not self._version_at_least(*since):
                kind = node.type if isinstance(node, Component) else f"the {node.name} action"
                problems.append(
                    f"{where}: {kind} needs Flow JSON {since[0]}.{since[1]} or later (version {self.version})"
                )
        if not self._version_at_least(4, 0) and any(isinstance(c, _INPUTS) for c in components):
            problems.append(f"{where}: below Flow JSON 4.0 inputs must be inside a Form; use version 4.0 or later")
        for component in components:
            if (
                isinstance(component, Footer)
                and "${" not in component.label
                and len(component.label) > FOOTER_LABEL_MAX
            ):
                problems.append(
                    f"{where}: Footer label is {len(component.label)} characters, Meta allows {FOOTER_LABEL_MAX}"
                )
            limits = _OPTION_LIMITS.get(type(component))
            options = getattr(component, "data_source", None)
            if limits is not None and isinstance(options, list | tuple):
                low, high = limits
                if not low <= len(options) <= high:
                    problems.append(
                        f"{where}: {component.type} has {len(options)} options, Meta allows {low} to {high}"
                    )
            for action in _actions(component):
                problems += self._action_problems(action, screen, where, known, routes)
        return problems

    def _action_problems(
        self, action: Action, screen: Screen, where: str, known: set[str], routes: Mapping[str, Sequence[str]] | None
    ) -> list[str]:
        if isinstance(action, NavigateAction):
            if action.next not in known:
                return [
                    f"{where}: navigate to {action.next!r}, which is not a screen (screens: {', '.join(sorted(known))})"
                ]
            if routes is not None and action.next not in routes.get(screen.id, ()):
                return [
                    f"{where}: navigate to {action.next!r}, which the routing_model does not allow from {screen.id!r}"
                ]
        elif isinstance(action, CompleteAction) and not screen.terminal:
            return [f"{where}: a complete action is only allowed on a terminal screen"]
        elif isinstance(action, DataExchangeAction) and self.data_api_version is None:
            return [f"{where}: a data_exchange action needs data_api_version (a Flow with an endpoint)"]
        return []

    def _version_at_least(self, major: int, minor: int) -> bool:
        if not isinstance(self.version, str) or not _VERSION.match(self.version):
            return True  # an unreadable version is reported on its own; check the rest as for the latest
        have_major, have_minor = (int(part) for part in self.version.split("."))
        return (have_major, have_minor) >= (major, minor)

    def validate(self) -> None:
        """Raise :class:`FlowJSONError` (an ``InvalidArgumentError``) listing every problem, if any."""
        problems = self.problems()
        if problems:
            raise FlowJSONError(problems)

    def to_dict(self) -> dict[str, Any]:
        """The validated Flow JSON object."""
        self.validate()
        out: dict[str, Any] = {"version": self.version}
        if self.data_api_version is not None:
            out["data_api_version"] = self.data_api_version
        if self.routing_model is not None:
            out["routing_model"] = {source: list(targets) for source, targets in self.routing_model.items()}
        out["screens"] = [screen.to_dict() for screen in self.screens]
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """The validated Flow JSON text, as uploaded to Meta."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
