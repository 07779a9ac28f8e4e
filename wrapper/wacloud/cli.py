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


def _send_bulk(args: argparse.Namespace) -> int:
    """``wacloud send bulk``: one template to every recipient of a CSV file, paced and journaled (resumable)."""
    from pathlib import Path

    from ._bulk_csv import template_recipients

    recipients, build = template_recipients(args.recipients, args.template, args.language)
    journal = args.journal or str(Path(args.recipients).with_suffix(".journal.sqlite"))
    run_id = args.run_id or f"{args.template}:{args.language}"
    with WhatsApp(phone_number_id=args.phone_number_id, base_url=args.base_url, rate_limit=args.rate or True) as client:
        report = client.messages.send_bulk(
            recipients,
            build,
            run_id=run_id,
            journal=journal,
            concurrency=args.concurrency,
            resend_unknown=args.resend_unknown,
        )
    for failed in report.failed:
        print(f"failed  {failed.to}: {failed.error}", file=sys.stderr)
    for unknown in report.unknown:
        print(f"unknown {unknown.to}: {unknown.reason}", file=sys.stderr)
    print(f"{report.summary()} (journal {journal})")
    if report.unknown:
        print(
            "Unknown outcomes are not resent: check the statuses webhook, then rerun with --resend-unknown "
            "for the ones that did not arrive (or mark them in the journal).",
            file=sys.stderr,
        )
    return 1 if report.failed or report.unknown else 0


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


def _flows_keygen(args: argparse.Namespace) -> int:
    """Generate the Flows key pair; the private key goes to a 0600 file only, never to the terminal or a log."""
    import os

    from . import flows

    password: str | None = None
    if args.password_env:
        password = os.environ.get(args.password_env)
        if not password:
            raise ConfigurationError(
                f"--password-env {args.password_env}: that environment variable is empty or unset."
            )
    client = _client(args) if args.upload else None
    try:
        if client is not None and (client.phone_number_id is None or client.settings.access_token is None):
            # Checked before a key exists, so a misconfigured run leaves no unregistered key behind.
            raise ConfigurationError(
                "--upload needs an access token (CLOUD_API_ACCESS_TOKEN) and a phone number id "
                "(WA_PHONE_NUMBER_ID or --phone-number-id)."
            )
        pair = flows.generate_key_pair(password=password)
        path = flows.write_private_key(args.out, pair.private_key_pem, overwrite=args.force)
        encrypted = " (encrypted)" if password else ""
        print(f"private key written to {path}{encrypted}, readable by you only (mode 0600)", file=sys.stderr)
        if client is not None:
            from wacloud_api.models import BusinessEncryptionPublicKeyUpdate

            try:
                client.encryption.set_public_key(
                    body=BusinessEncryptionPublicKeyUpdate(business_public_key=pair.public_key_pem)
                )
            except WhatsAppError:
                print(f"the upload failed; the private key stays in {path}", file=sys.stderr)
                raise
            print(f"public key uploaded for phone number {client.phone_number_id}", file=sys.stderr)
    finally:
        if client is not None:
            client.close()
    print(pair.public_key_pem, end="")
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
    bulk = send_sub.add_parser("bulk", help="send a template to every recipient of a CSV file (paced, resumable)")
    bulk.add_argument("--template", required=True, help="approved template name")
    bulk.add_argument("--language", default="en_US", help="template language code (default en_US)")
    bulk.add_argument(
        "--recipients", required=True, help="CSV with a `to` column; optional body_1, body_2, ..., header_1 columns"
    )
    bulk.add_argument("--journal", help="SQLite path or redis:// URL (default: <recipients>.journal.sqlite)")
    bulk.add_argument("--run-id", help="names the run inside the journal (default: TEMPLATE:LANGUAGE)")
    bulk.add_argument("--rate", type=float, help="messages per second (default WA_RATE_LIMIT or Meta's 80)")
    bulk.add_argument("--concurrency", type=int, default=16, help="requests in flight (default 16)")
    bulk.add_argument(
        "--resend-unknown", action="store_true", help="also send to recipients whose earlier outcome is unknown"
    )
    bulk.add_argument("--phone-number-id", help="sender (default WA_PHONE_NUMBER_ID)")
    bulk.add_argument("--base-url", help="Graph host (default WA_BASE_URL or graph.facebook.com)")
    bulk.set_defaults(handler=_send_bulk)

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

    flows_parser = sub.add_parser("flows", help="WhatsApp Flows: the data endpoint's key pair")
    flows_sub = flows_parser.add_subparsers(dest="action", required=True)
    keygen = flows_sub.add_parser(
        "keygen", help="generate the 2048-bit RSA key pair; print the public key, write the private key (0600)"
    )
    keygen.add_argument("--out", default="flows-private.pem", help="private key file (default flows-private.pem)")
    keygen.add_argument("--password-env", metavar="VAR", help="encrypt the private key with the password in $VAR")
    keygen.add_argument("--force", action="store_true", help="overwrite an existing private key file")
    keygen.add_argument("--upload", action="store_true", help="register the public key for the phone number")
    keygen.add_argument("--phone-number-id", help="default WA_PHONE_NUMBER_ID")
    keygen.add_argument("--base-url", help="Graph host (default WA_BASE_URL or graph.facebook.com)")
    keygen.set_defaults(handler=_flows_keygen)
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
