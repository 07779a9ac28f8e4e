"""Send one text to many recipients concurrently with AsyncWhatsApp (bounded concurrency, one pool).

Configuration from the environment (or .env): CLOUD_API_ACCESS_TOKEN, WA_PHONE_NUMBER_ID, and WA_BASE_URL for the
local emulator. Run: python examples/async_broadcast.py 15551234567 15557654321 ...
"""

from __future__ import annotations

import asyncio
import sys

from wacloud import ApiError, AsyncWhatsApp


async def broadcast(recipients: list[str], body: str, concurrency: int = 10) -> int:
    limit = asyncio.Semaphore(concurrency)
    async with AsyncWhatsApp() as client:

        async def send(to: str) -> bool:
            async with limit:
                try:
                    sent = await client.messages.send_text(to=to, body=body)
                except ApiError as error:  # throttling is retried by wacloud; what remains is reported
                    print(f"{to}: failed ({error.code}: {error.message})")
                    return False
            print(f"{to}: {sent.messages[0].id}")
            return True

        results = await asyncio.gather(*(send(to) for to in recipients))
    print(f"{sum(results)}/{len(results)} sent")
    return 0 if all(results) else 1


def main(argv: list[str]) -> int:
    recipients = argv or ["15551234567", "15557654321", "15550000001"]
    return asyncio.run(broadcast(recipients, "Our store opens at 9 tomorrow."))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
