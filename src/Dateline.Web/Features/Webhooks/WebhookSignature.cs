using System.Security.Cryptography;
using System.Text;

namespace Dateline.Web.Features.Webhooks;

/// <summary>
/// Signing as the Standard Webhooks specification defines it, so receivers can verify with its published libraries:
/// HMAC-SHA256 keyed with the base64-decoded secret, over <c>{webhook-id}.{webhook-timestamp}.{body}</c>, sent as
/// <c>webhook-signature: v1,{base64}</c>. The timestamp is signed too, so a receiver that refuses old timestamps
/// (the libraries allow five minutes) cannot be replayed an old message.
/// </summary>
public static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    /// <summary>A new secret: 256 random bits, base64, with the spec's prefix.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var signed = Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{messageId}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }
}
