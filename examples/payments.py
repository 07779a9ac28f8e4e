"""Payments: an order with "Review and pay" (India: UPI; Brazil: Pix), then its status.

Run: python examples/payments.py
"""

from __future__ import annotations

from wacloud.emulator import Emulator, Tenant
from wacloud_api.models import OrderDetailsParameters

TO = "15551234567"
SHOP = Tenant("106540352242922", "102290129340398", {"EAAG-example-token"})

INDIA = {
    "reference_id": "order-1001",
    "type": "digital-goods",
    "payment_type": "upi",
    "payment_configuration": "my-payment-config-name",
    "currency": "INR",
    "total_amount": {"value": 1100, "offset": 100},
    "order": {
        "status": "pending",
        "items": [{"retailer_id": "SKU-1", "name": "Bread", "amount": {"value": 1000, "offset": 100}, "quantity": 1}],
        "subtotal": {"value": 1000, "offset": 100},
        "tax": {"value": 100, "offset": 100, "description": "GST"},
    },
}
BRAZIL = {
    "reference_id": "pedido-2002",
    "type": "physical-goods",
    "currency": "BRL",
    "payment_settings": [
        {
            "type": "pix_dynamic_code",
            "pix_dynamic_code": {
                "code": "00020101021226700014br.gov.bcb.pix",
                "merchant_name": "Lucky Shrub",
                "key": "39580525000189",
                "key_type": "CNPJ",
            },
        }
    ],
    "total_amount": {"value": 5000, "offset": 100},
    "order": {
        "status": "pending",
        "items": [{"name": "Camisa", "amount": {"value": 5000, "offset": 100}, "quantity": 1}],
        "subtotal": {"value": 5000, "offset": 100},
    },
}


def main() -> int:
    with Emulator([SHOP]) as emulator, emulator.client() as client:  # against Meta: WhatsApp()
        client.messages.send_order_details(TO, "Your order", OrderDetailsParameters.from_dict(INDIA))
        client.messages.send_order_details(TO, "Seu pedido", OrderDetailsParameters.from_dict(BRAZIL))
        client.messages.send_order_status(TO, "Your order is on its way", "order-1001", "shipped")
        print("orders sent, one shipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
