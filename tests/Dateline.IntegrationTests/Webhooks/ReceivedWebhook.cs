namespace Dateline.IntegrationTests.Webhooks;

/// <param name="VerifyError">Null when the Standard Webhooks library accepted the signature and timestamp.</param>
/// <param name="Failed">The receiver answered with a failure on purpose.</param>
public sealed record ReceivedWebhook(string Id, long Timestamp, string Body, string? VerifyError, string ContentType, bool Failed);
