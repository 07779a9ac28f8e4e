"""wacloud: typed Python SDK for Meta's WhatsApp Cloud API."""
