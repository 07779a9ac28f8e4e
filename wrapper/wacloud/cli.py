"""The ``wacloud`` command line: send, media, token exchange, config check, webhook listener, local emulator.

Errors go to stderr as one line, without a traceback; exit codes: 0 success, 1 API or runtime error,
2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from ._client import WhatsApp
from ._config import Settings
from ._errors import ApiError, ConfigurationError, InvalidArgumentError, WhatsAppError
from ._version import __version__

__all__ = ["main"]


def _client(args: argparse.Namespace) -> WhatsApp:
    return WhatsApp(phone_number_id=getattr(args, "phone_number_id", None), base_url=getattr(args, "base_url", None))


def _send(args: argparse.Namespace) -> int:
    with _client(args) as client:
        if args.kind == "text":
            sent = client.messages.send_text(to=args.to, body=args.body, preview_url=args.preview_url)
        elif args.kind == "template":
            sent = client.messages.send_template(args.to, args.name, language=args.language)
        else:
            media_id = args.media_id
            if args.file:
                media_id = client.media.upload(args.file, mime_type=args.mime_type).id
            sent = client.messages.send_media(
                args.kind, args.to, media_id=media_id, link=args.link, caption=getattr(args, "caption", None)
            )
    print(sent.messages[0].id)
    return 0


#: Transfers at least this large show a progress line on stderr.
PROGRESS_THRESHOLD = 1024 * 1024


class _ProgressLine:
    """Prints ``label 42% (1.2/2.9 MB)`` on one stderr line while a large transfer runs.

    On a terminal the line is redrawn with ``\\r``; redirected to a file or a CI log it is written once, when the
    transfer ends, instead of filling the log with carriage returns.
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = False
        self._last = -1
        self._interactive = sys.stderr.isatty()
        self._text = ""

    def __call__(self, done: int, total: int | None) -> None:
        if (total or done) < PROGRESS_THRESHOLD:
            return
        percent = int(done * 100 / total) if total else -1
        if percent == self._last:
            return
        self._last = percent
        size = f"{done / 1e6:.1f}/{total / 1e6:.1f} MB" if total else f"{done / 1e6:.1f} MB"
        shown = f"{percent:3d}% " if percent >= 0 else ""
        self._text = f"{self.label} {shown}({size})"
        self.shown = True
        if self._interactive:
            print(f"\r{self._text}", end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.shown:
            print("" if self._interactive else self._text, file=sys.stderr)


def _media(args: argparse.Namespace) -> int:
    with _client(args) as client:
        if args.action == "upload":
            line = _ProgressLine(f"uploading {args.file}")
            uploaded = client.media.upload(args.file, mime_type=args.mime_type, progress=line)
            line.finish()
            print(uploaded.id)
        else:
            _check_destination(Path(args.output))
            line = _ProgressLine(f"downloading {args.media}")
            path = client.media.download(args.media, args.output, progress=line)
            line.finish()
            print(path)
    return 0


def _check_destination(path: Path) -> None:
    if path.is_dir():
        raise InvalidArgumentError(f"{path} is a folder: give the file to write, e.g. {path / 'media.bin'}.")
    if not path.parent.is_dir():
        raise InvalidArgumentError(f"The folder {path.parent} does not exist: create it first or pick another path.")


def _read_secret(prompt: str) -> str:
    """A secret from standard input (typed without echo on a terminal): never from the command line."""
    value = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    value = value.strip()
    if not value:
        raise InvalidArgumentError(f"No value on standard input: {prompt.strip().rstrip(':')}.")
    return value


def _token(args: argparse.Namespace) -> int:
    from .auth import exchange_token

    # The short-lived token comes from stdin, the app secret from WA_APP_SECRET: command lines are readable by
    # every local user (ps, /proc), so no secret is taken as an argument.
    token = _read_secret("short-lived access token: ")
    result = exchange_token(token, app_id=args.app_id, base_url=args.base_url)
    print(result.access_token)
    if result.expires_at is not None:
        print(f"expires at {result.expires_at.isoformat()}", file=sys.stderr)
    return 0


def _config(_args: argparse.Namespace) -> int:
    settings = Settings.resolve()
    width = max(len(name) for name, _, _ in settings.describe())
    for name, shown, source in settings.describe():
        print(f"{name:<{width}}  {shown:<40}  ({source})")
    missing = [
        name for name in ("access_token", "phone_number_id", "business_account_id") if getattr(settings, name) is None
    ]
    if missing:
        print(f"missing: {', '.join(missing)}", file=sys.stderr)
        return 2
    return 0


def _listen(args: argparse.Namespace) -> int:
    from . import webhooks

    def show(event: webhooks.WebhookEvent) -> None:
        print(webhooks.format_event_line(event), flush=True)

    listener = webhooks.WebhookListener(
        verify_signatures=not args.insecure_no_signature,
        on_message=show,
        on_status=show,
        on_error=show,
        on_event=show,
    )
    print(f"listening on http://{args.host}:{args.port or listener.port}{listener.endpoint}", file=sys.stderr)
    webhooks.serve(listener, host=args.host, port=args.port, log_level="warning")
    return 0


def _emulator(argv: list[str]) -> int:
    """``wacloud emulator ...``: the emulator parses its own options."""
    try:
        emulator = importlib.import_module("wacloud.emulator")
    except ImportError as exc:
        raise ConfigurationError(f"The emulator needs the server extra ({exc}): pip install 'wacloud[server]'") from exc
    result: int = emulator.main(argv)
    return result


def port_number(text: str) -> int:
    """An argparse type: a TCP port 1-65535 (0 lets the system pick one)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is out of range: a TCP port is 1-65535 (0 picks a free one)")
    return port


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wacloud", description="WhatsApp Cloud API from the command line.")
    parser.add_argument("--version", action="version", version=f"wacloud {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    send = sub.add_parser("send", help="send a message (text, template or media)")
    send_sub = send.add_subparsers(dest="kind", required=True)
    text = send_sub.add_parser("text", help="send a text message")
    text.add_argument("--to", required=True, help="recipient phone number or WhatsApp id")
    text.add_argument("--body", required=True, help="message text (up to 4096 characters)")
    text.add_argument("--preview-url", action="store_true", help="render a link preview")
    template = send_sub.add_parser("template", help="send an approved template")
    template.add_argument("--to", required=True)
    template.add_argument("--name", required=True, help="template name")
    template.add_argument("--language", default="en_US", help="template language code (default en_US)")
    for kind in ("image", "audio", "video", "document", "sticker"):
        media = send_sub.add_parser(kind, help=f"send a {kind} by --file, --media-id or --link")
        media.add_argument("--to", required=True)
        source = media.add_mutually_exclusive_group(required=True)
        source.add_argument("--file", help="upload this file first")
        source.add_argument("--media-id")
        source.add_argument("--link")
        media.add_argument("--mime-type")
        if kind in ("image", "video", "document"):  # audio and stickers have no caption: the flag is not offered
            media.add_argument("--caption")
    for child in (text, template, *[send_sub.choices[k] for k in ("image", "audio", "video", "document", "sticker")]):
        child.add_argument("--phone-number-id", help="sender (default WA_PHONE_NUMBER_ID)")
        child.add_argument("--base-url", help="Graph host (default WA_BASE_URL or graph.facebook.com)")
    send.set_defaults(handler=_send)

    media = sub.add_parser("media", help="upload or download media")
    media_sub = media.add_subparsers(dest="action", required=True)
    upload = media_sub.add_parser("upload", help="upload a file, print its media id")
    upload.add_argument("file")
    upload.add_argument("--mime-type")
    download = media_sub.add_parser("download", help="download media by id or URL to a file")
    download.add_argument("media", help="media id or lookaside URL")
    download.add_argument("output", help="destination path")
    for child in (upload, download):
        child.add_argument("--phone-number-id")
        child.add_argument("--base-url")
    media.set_defaults(handler=_media)

    token = sub.add_parser("token", help="token operations")
    token_sub = token.add_subparsers(dest="action", required=True)
    exchange = token_sub.add_parser(
        "exchange",
        help="exchange a short-lived token (read from stdin) for a long-lived one",
        description="Reads the short-lived token from standard input and the app secret from WA_APP_SECRET.",
    )
    exchange.add_argument("--app-id", help="default WA_APP_ID")
    exchange.add_argument("--base-url")
    token.set_defaults(handler=_token)

    config = sub.add_parser("config", help="configuration")
    config_sub = config.add_subparsers(dest="action", required=True)
    config_sub.add_parser("check", help="show each setting and where it came from (secrets masked)")
    config.set_defaults(handler=_config)

    listen = sub.add_parser("listen", help="serve the webhook listener, one line per event (uvicorn)")
    listen.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    listen.add_argument("--port", type=port_number, help="default WA_LISTENER_PORT or 3000")
    listen.add_argument(
        "--insecure-no-signature", action="store_true", help="skip X-Hub-Signature-256 checks (local development only)"
    )
    listen.set_defaults(handler=_listen)
    # Listed for --help; `main` hands `wacloud emulator ...` to the emulator's own parser.
    sub.add_parser("emulator", help="run the local Cloud API emulator (see: wacloud emulator --help)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``wacloud`` console script."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments[:1] == ["emulator"]:
            return _emulator(arguments[1:])
        args = _parser().parse_args(arguments)
        code: int = args.handler(args)
        return code
    except (ConfigurationError, InvalidArgumentError) as error:
        print(f"wacloud: {error}", file=sys.stderr)
        return 2
    except ApiError as error:
        print(f"wacloud: Graph API error: {error}", file=sys.stderr)
        return 1
    except WhatsAppError as error:
        print(f"wacloud: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # a file that cannot be read or written, a port that cannot be bound ...
        where = f": {error.filename}" if error.filename else ""
        print(f"wacloud: {error.strerror or error}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
