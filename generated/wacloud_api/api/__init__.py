"""The client namespaces, one per spec tag: ``Namespaces`` (sync) and ``AsyncNamespaces`` (asyncio).

Generated from spec/ by ``make generate``; the wrapper's clients inherit these mixins.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..types import AsyncRuntime, SyncRuntime
    from .analytics import Analytics, AsyncAnalytics
    from .app import App, AsyncApp
    from .billing import AsyncBilling, Billing
    from .block_users import AsyncBlockUsers, BlockUsers
    from .business import AsyncBusiness, Business
    from .business_profile import AsyncBusinessProfile, BusinessProfile
    from .calls import AsyncCalls, Calls
    from .coexistence import AsyncCoexistence, Coexistence
    from .commerce import AsyncCommerce, Commerce
    from .encryption import AsyncEncryption, Encryption
    from .flows import AsyncFlows, Flows
    from .groups import AsyncGroups, Groups
    from .marketing_messages import AsyncMarketingMessages, MarketingMessages
    from .media import AsyncMedia, Media
    from .message_history import AsyncMessageHistory, MessageHistory
    from .messages import AsyncMessages, Messages
    from .partners import AsyncPartners, Partners
    from .payments import AsyncPayments, Payments
    from .phone_numbers import AsyncPhoneNumbers, PhoneNumbers
    from .preverified_numbers import AsyncPreverifiedNumbers, PreverifiedNumbers
    from .qr_codes import AsyncQrCodes, QrCodes
    from .signups import AsyncSignups, Signups
    from .solutions import AsyncSolutions, Solutions
    from .subscribed_apps import AsyncSubscribedApps, SubscribedApps
    from .template_groups import AsyncTemplateGroups, TemplateGroups
    from .templates import AsyncTemplates, Templates
    from .uploads import AsyncUploads, Uploads
    from .usernames import AsyncUsernames, Usernames
    from .waba import AsyncWaba, Waba

__all__ = ["AsyncNamespaces", "Namespaces"]


class Namespaces:
    """``client.<tag>`` for every tag of the spec (sync)."""

    if TYPE_CHECKING:  # provided by the client; read-only here, so any runtime implementing the protocol fits

        @property
        def _runtime(self) -> SyncRuntime: ...

    @cached_property
    def analytics(self) -> Analytics:
        """The ``analytics`` operations (see ``Analytics``)."""
        from .analytics import Analytics

        return Analytics(self._runtime)

    @cached_property
    def app(self) -> App:
        """The ``app`` operations (see ``App``)."""
        from .app import App

        return App(self._runtime)

    @cached_property
    def billing(self) -> Billing:
        """The ``billing`` operations (see ``Billing``)."""
        from .billing import Billing

        return Billing(self._runtime)

    @cached_property
    def block_users(self) -> BlockUsers:
        """The ``block_users`` operations (see ``BlockUsers``)."""
        from .block_users import BlockUsers

        return BlockUsers(self._runtime)

    @cached_property
    def business(self) -> Business:
        """The ``business`` operations (see ``Business``)."""
        from .business import Business

        return Business(self._runtime)

    @cached_property
    def business_profile(self) -> BusinessProfile:
        """The ``business_profile`` operations (see ``BusinessProfile``)."""
        from .business_profile import BusinessProfile

        return BusinessProfile(self._runtime)

    @cached_property
    def calls(self) -> Calls:
        """The ``calls`` operations (see ``Calls``)."""
        from .calls import Calls

        return Calls(self._runtime)

    @cached_property
    def coexistence(self) -> Coexistence:
        """The ``coexistence`` operations (see ``Coexistence``)."""
        from .coexistence import Coexistence

        return Coexistence(self._runtime)

    @cached_property
    def commerce(self) -> Commerce:
        """The ``commerce`` operations (see ``Commerce``)."""
        from .commerce import Commerce

        return Commerce(self._runtime)

    @cached_property
    def encryption(self) -> Encryption:
        """The ``encryption`` operations (see ``Encryption``)."""
        from .encryption import Encryption

        return Encryption(self._runtime)

    @cached_property
    def flows(self) -> Flows:
        """The ``flows`` operations (see ``Flows``)."""
        from .flows import Flows

        return Flows(self._runtime)

    @cached_property
    def groups(self) -> Groups:
        """The ``groups`` operations (see ``Groups``)."""
        from .groups import Groups

        return Groups(self._runtime)

    @cached_property
    def marketing_messages(self) -> MarketingMessages:
        """The ``marketing_messages`` operations (see ``MarketingMessages``)."""
        from .marketing_messages import MarketingMessages

        return MarketingMessages(self._runtime)

    @cached_property
    def media(self) -> Media:
        """The ``media`` operations (see ``Media``)."""
        from .media import Media

        return Media(self._runtime)

    @cached_property
    def message_history(self) -> MessageHistory:
        """The ``message_history`` operations (see ``MessageHistory``)."""
        from .message_history import MessageHistory

        return MessageHistory(self._runtime)

    @cached_property
    def messages(self) -> Messages:
        """The ``messages`` operations (see ``Messages``)."""
        from .messages import Messages

        return Messages(self._runtime)

    @cached_property
    def partners(self) -> Partners:
        """The ``partners`` operations (see ``Partners``)."""
        from .partners import Partners

        return Partners(self._runtime)

    @cached_property
    def payments(self) -> Payments:
        """The ``payments`` operations (see ``Payments``)."""
        from .payments import Payments

        return Payments(self._runtime)

    @cached_property
    def phone_numbers(self) -> PhoneNumbers:
        """The ``phone_numbers`` operations (see ``PhoneNumbers``)."""
        from .phone_numbers import PhoneNumbers

        return PhoneNumbers(self._runtime)

    @cached_property
    def preverified_numbers(self) -> PreverifiedNumbers:
        """The ``preverified_numbers`` operations (see ``PreverifiedNumbers``)."""
        from .preverified_numbers import PreverifiedNumbers

        return PreverifiedNumbers(self._runtime)

    @cached_property
    def qr_codes(self) -> QrCodes:
        """The ``qr_codes`` operations (see ``QrCodes``)."""
        from .qr_codes import QrCodes

        return QrCodes(self._runtime)

    @cached_property
    def signups(self) -> Signups:
        """The ``signups`` operations (see ``Signups``)."""
        from .signups import Signups

        return Signups(self._runtime)

    @cached_property
    def solutions(self) -> Solutions:
        """The ``solutions`` operations (see ``Solutions``)."""
        from .solutions import Solutions

        return Solutions(self._runtime)

    @cached_property
    def subscribed_apps(self) -> SubscribedApps:
        """The ``subscribed_apps`` operations (see ``SubscribedApps``)."""
        from .subscribed_apps import SubscribedApps

        return SubscribedApps(self._runtime)

    @cached_property
    def template_groups(self) -> TemplateGroups:
        """The ``template_groups`` operations (see ``TemplateGroups``)."""
        from .template_groups import TemplateGroups

        return TemplateGroups(self._runtime)

    @cached_property
    def templates(self) -> Templates:
        """The ``templates`` operations (see ``Templates``)."""
        from .templates import Templates

        return Templates(self._runtime)

    @cached_property
    def uploads(self) -> Uploads:
        """The ``uploads`` operations (see ``Uploads``)."""
        from .uploads import Uploads

        return Uploads(self._runtime)

    @cached_property
    def usernames(self) -> Usernames:
        """The ``usernames`` operations (see ``Usernames``)."""
        from .usernames import Usernames

        return Usernames(self._runtime)

    @cached_property
    def waba(self) -> Waba:
        """The ``waba`` operations (see ``Waba``)."""
        from .waba import Waba

        return Waba(self._runtime)


class AsyncNamespaces:
    """``client.<tag>`` for every tag of the spec (asyncio)."""

    if TYPE_CHECKING:

        @property
        def _runtime(self) -> AsyncRuntime: ...

    @cached_property
    def analytics(self) -> AsyncAnalytics:
        """The ``analytics`` operations (see ``AsyncAnalytics``)."""
        from .analytics import AsyncAnalytics

        return AsyncAnalytics(self._runtime)

    @cached_property
    def app(self) -> AsyncApp:
        """The ``app`` operations (see ``AsyncApp``)."""
        from .app import AsyncApp

        return AsyncApp(self._runtime)

    @cached_property
    def billing(self) -> AsyncBilling:
        """The ``billing`` operations (see ``AsyncBilling``)."""
        from .billing import AsyncBilling

        return AsyncBilling(self._runtime)

    @cached_property
    def block_users(self) -> AsyncBlockUsers:
        """The ``block_users`` operations (see ``AsyncBlockUsers``)."""
        from .block_users import AsyncBlockUsers

        return AsyncBlockUsers(self._runtime)

    @cached_property
    def business(self) -> AsyncBusiness:
        """The ``business`` operations (see ``AsyncBusiness``)."""
        from .business import AsyncBusiness

        return AsyncBusiness(self._runtime)

    @cached_property
    def business_profile(self) -> AsyncBusinessProfile:
        """The ``business_profile`` operations (see ``AsyncBusinessProfile``)."""
        from .business_profile import AsyncBusinessProfile

        return AsyncBusinessProfile(self._runtime)

    @cached_property
    def calls(self) -> AsyncCalls:
        """The ``calls`` operations (see ``AsyncCalls``)."""
        from .calls import AsyncCalls

        return AsyncCalls(self._runtime)

    @cached_property
    def coexistence(self) -> AsyncCoexistence:
        """The ``coexistence`` operations (see ``AsyncCoexistence``)."""
        from .coexistence import AsyncCoexistence

        return AsyncCoexistence(self._runtime)

    @cached_property
    def commerce(self) -> AsyncCommerce:
        """The ``commerce`` operations (see ``AsyncCommerce``)."""
        from .commerce import AsyncCommerce

        return AsyncCommerce(self._runtime)

    @cached_property
    def encryption(self) -> AsyncEncryption:
        """The ``encryption`` operations (see ``AsyncEncryption``)."""
        from .encryption import AsyncEncryption

        return AsyncEncryption(self._runtime)

    @cached_property
    def flows(self) -> AsyncFlows:
        """The ``flows`` operations (see ``AsyncFlows``)."""
        from .flows import AsyncFlows

        return AsyncFlows(self._runtime)

    @cached_property
    def groups(self) -> AsyncGroups:
        """The ``groups`` operations (see ``AsyncGroups``)."""
        from .groups import AsyncGroups

        return AsyncGroups(self._runtime)

    @cached_property
    def marketing_messages(self) -> AsyncMarketingMessages:
        """The ``marketing_messages`` operations (see ``AsyncMarketingMessages``)."""
        from .marketing_messages import AsyncMarketingMessages

        return AsyncMarketingMessages(self._runtime)

    @cached_property
    def media(self) -> AsyncMedia:
        """The ``media`` operations (see ``AsyncMedia``)."""
        from .media import AsyncMedia

        return AsyncMedia(self._runtime)

    @cached_property
    def message_history(self) -> AsyncMessageHistory:
        """The ``message_history`` operations (see ``AsyncMessageHistory``)."""
        from .message_history import AsyncMessageHistory

        return AsyncMessageHistory(self._runtime)

    @cached_property
    def messages(self) -> AsyncMessages:
        """The ``messages`` operations (see ``AsyncMessages``)."""
        from .messages import AsyncMessages

        return AsyncMessages(self._runtime)

    @cached_property
    def partners(self) -> AsyncPartners:
        """The ``partners`` operations (see ``AsyncPartners``)."""
        from .partners import AsyncPartners

        return AsyncPartners(self._runtime)

    @cached_property
    def payments(self) -> AsyncPayments:
        """The ``payments`` operations (see ``AsyncPayments``)."""
        from .payments import AsyncPayments

        return AsyncPayments(self._runtime)

    @cached_property
    def phone_numbers(self) -> AsyncPhoneNumbers:
        """The ``phone_numbers`` operations (see ``AsyncPhoneNumbers``)."""
        from .phone_numbers import AsyncPhoneNumbers

        return AsyncPhoneNumbers(self._runtime)

    @cached_property
    def preverified_numbers(self) -> AsyncPreverifiedNumbers:
        """The ``preverified_numbers`` operations (see ``AsyncPreverifiedNumbers``)."""
        from .preverified_numbers import AsyncPreverifiedNumbers

        return AsyncPreverifiedNumbers(self._runtime)

    @cached_property
    def qr_codes(self) -> AsyncQrCodes:
        """The ``qr_codes`` operations (see ``AsyncQrCodes``)."""
        from .qr_codes import AsyncQrCodes

        return AsyncQrCodes(self._runtime)

    @cached_property
    def signups(self) -> AsyncSignups:
        """The ``signups`` operations (see ``AsyncSignups``)."""
        from .signups import AsyncSignups

        return AsyncSignups(self._runtime)

    @cached_property
    def solutions(self) -> AsyncSolutions:
        """The ``solutions`` operations (see ``AsyncSolutions``)."""
        from .solutions import AsyncSolutions

        return AsyncSolutions(self._runtime)

    @cached_property
    def subscribed_apps(self) -> AsyncSubscribedApps:
        """The ``subscribed_apps`` operations (see ``AsyncSubscribedApps``)."""
        from .subscribed_apps import AsyncSubscribedApps

        return AsyncSubscribedApps(self._runtime)

    @cached_property
    def template_groups(self) -> AsyncTemplateGroups:
        """The ``template_groups`` operations (see ``AsyncTemplateGroups``)."""
        from .template_groups import AsyncTemplateGroups

        return AsyncTemplateGroups(self._runtime)

    @cached_property
    def templates(self) -> AsyncTemplates:
        """The ``templates`` operations (see ``AsyncTemplates``)."""
        from .templates import AsyncTemplates

        return AsyncTemplates(self._runtime)

    @cached_property
    def uploads(self) -> AsyncUploads:
        """The ``uploads`` operations (see ``AsyncUploads``)."""
        from .uploads import AsyncUploads

        return AsyncUploads(self._runtime)

    @cached_property
    def usernames(self) -> AsyncUsernames:
        """The ``usernames`` operations (see ``AsyncUsernames``)."""
        from .usernames import AsyncUsernames

        return AsyncUsernames(self._runtime)

    @cached_property
    def waba(self) -> AsyncWaba:
        """The ``waba`` operations (see ``AsyncWaba``)."""
        from .waba import AsyncWaba

        return AsyncWaba(self._runtime)
