"""The tool parts of an OpenAI request: ``tools``, ``tool_choice``,
``parallel_tool_calls``, an assistant message's ``tool_calls`` and a tool result's
``tool_call_id``, each checked, with OpenAI's error shape for what is wrong."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from llamadesk.engine.schema_limits import SchemaLimitError, check_schema
from llamadesk.engine.tool_calls.scanning import Call
from llamadesk.server.api_error import ApiError

# OpenAI's own limits: 128 tools, names of letters, digits, _ and -, up to 64.
MAX_TOOLS = 128
_NAME = re.compile(r"[a-zA-Z0-9_-]{1,64}")


@dataclass(frozen=True)
class ToolRequest:
    tools: tuple[Mapping[str, Any], ...] = ()  # name, description, parameters
    # "auto", "none", "required", or the one function's name it must call.
    choice: str = "auto"
    parallel: bool = True

    @property
    def active(self) -> bool:
        """Whether the model is shown tools and its calls are looked for."""
        return bool(self.tools) and self.choice != "none"

    def allowed(self) -> tuple[Mapping[str, Any], ...]:
        """The tools a forced call may choose from."""
        if self.choice in ("auto", "none", "required"):
            return self.tools
        return tuple(t for t in self.tools if t["name"] == self.choice)


def read_tools(body: Mapping[str, Any]) -> ToolRequest:
    if body.get("functions") is not None or body.get("function_call") is not None:
        raise ApiError(400, "'functions' is OpenAI's older form: send 'tools' instead",
                       param="functions")
    given = body.get("tools")
    if given is None:
        if body.get("tool_choice") not in (None, "none", "auto"):
            raise ApiError(400, "'tool_choice' needs 'tools'", param="tool_choice")
        return ToolRequest()
    if not isinstance(given, list) or len(given) > MAX_TOOLS:
        raise ApiError(400, f"'tools' must be a list of up to {MAX_TOOLS} tools", param="tools")
    tools: list[dict[str, Any]] = []
    names: list[str] = []
    for index, tool in enumerate(given):
        function = tool.get("function") if isinstance(tool, Mapping) else None
        if not isinstance(tool, Mapping) or tool.get("type") != "function" \
                or not isinstance(function, Mapping):
            raise ApiError(400, f"tools[{index}] must be {{\"type\": \"function\", "
                           "\"function\": {...}}", param="tools")
        name = function.get("name")
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise ApiError(400, f"tools[{index}].function.name must be 1 to 64 letters, digits, "
                           "_ or -", param="tools")
        description = function.get("description", "")
        parameters = function.get("parameters", {"type": "object", "properties": {}})
        if not isinstance(description, str) or not isinstance(parameters, Mapping):
            raise ApiError(400, f"tools[{index}]: description must be text and parameters a "
                           "JSON schema object", param="tools")
        try:
            check_schema(parameters)
        except SchemaLimitError as why:
            raise ApiError(400, f"tools[{index}].function.parameters: {why}",
                           param="tools") from None
        tools.append({"name": name, "description": description, "parameters": parameters})
        names.append(name)
    if len(set(names)) != len(names):
        raise ApiError(400, "Two tools have the same name", param="tools")
    parallel = body.get("parallel_tool_calls", True)
    if not isinstance(parallel, bool):
        raise ApiError(400, "'parallel_tool_calls' must be true or false",
                       param="parallel_tool_calls")
    return ToolRequest(tuple(tools), _choice(body.get("tool_choice", "auto"), names),
                       parallel)


def _choice(choice: object, names: list[str]) -> str:
    if choice in ("auto", "none", "required"):
        return str(choice)
    function = choice.get("function") if isinstance(choice, Mapping) else None
    name = function.get("name") if isinstance(function, Mapping) else None
    if not isinstance(choice, Mapping) or choice.get("type") != "function" \
            or not isinstance(name, str):
        raise ApiError(400, "'tool_choice' must be auto, none, required or {\"type\": "
                       "\"function\", \"function\": {\"name\": ...}}", param="tool_choice")
    if name not in names:
        raise ApiError(400, f"'tool_choice' names '{name}', which is not among the tools",
                       param="tool_choice")
    return name


def read_message_calls(message: Mapping[str, Any], index: int
                       ) -> tuple[tuple[Call, ...], str | None]:
    """An assistant message's calls, or a tool message's tool_call_id."""
    role = message.get("role")
    if role == "tool":
        ident = message.get("tool_call_id")
        if not isinstance(ident, str) or not ident:
            raise ApiError(400, f"messages[{index}].tool_call_id must name the call this "
                           "result answers", param="messages")
        return (), ident
    given = message.get("tool_calls")
    if given is None or role != "assistant":
        if given is not None:
            raise ApiError(400, f"messages[{index}]: only an assistant message makes tool "
                           "calls", param="messages")
        return (), None
    if not isinstance(given, list):
        raise ApiError(400, f"messages[{index}].tool_calls must be a list", param="messages")
    calls = []
    for number, call in enumerate(given):
        function = call.get("function") if isinstance(call, Mapping) else None
        name = function.get("name") if isinstance(function, Mapping) else None
        arguments = function.get("arguments", "{}") if isinstance(function, Mapping) else None
        ident = call.get("id", "") if isinstance(call, Mapping) else None
        if not isinstance(name, str) or not isinstance(arguments, str) \
                or not isinstance(ident, str):
            raise ApiError(400, f"messages[{index}].tool_calls[{number}] must have an id and a "
                           "function with a name and arguments (JSON text)", param="messages")
        calls.append(Call(name, arguments, ident, True))
    return tuple(calls), None
