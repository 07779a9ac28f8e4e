"""Upload a file, send it as a document, then download it back and check it is byte-identical.

Configuration from the environment (or .env): CLOUD_API_ACCESS_TOKEN, WA_PHONE_NUMBER_ID, and WA_BASE_URL for the
local emulator. Run: python examples/media_roundtrip.py invoice.pdf 15551234567
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

from wacloud import WhatsApp


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python examples/media_roundtrip.py FILE [RECIPIENT]", file=sys.stderr)
        return 2
    path, to = Path(argv[0]), (argv[1] if len(argv) > 1 else "15551234567")
    with WhatsApp() as client:
        uploaded = client.media.upload(path)  # MIME type guessed from the name
        print(f"uploaded {path.name}: media id {uploaded.id}")
        sent = client.messages.send_document(to, media_id=uploaded.id, filename=path.name, caption="Your invoice")
        print(f"sent to {to}: {sent.messages[0].id}")
        info = client.media.get(uploaded.id)
        print(f"stored as {info.mime_type}, {info.file_size} bytes")
        with tempfile.TemporaryDirectory() as folder:
            copy = client.media.download(uploaded.id, Path(folder) / path.name)  # SHA-256 checked while streaming
            same = hashlib.sha256(copy.read_bytes()).hexdigest() == hashlib.sha256(path.read_bytes()).hexdigest()
    print("downloaded copy is identical" if same else "downloaded copy differs")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
