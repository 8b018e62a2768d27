using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Dateline.IntegrationTests.Infrastructure;

/// <summary>
/// What an authenticator app computes (RFC 6238 over RFC 4226: HMAC-SHA1, 30-second steps, 6 digits) from the
/// base32 key the enrolment page shows, written from the RFCs so the tests do not check Identity with Identity.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at, int stepOffset = 0)
    {
        var counter = at.ToUnixTimeSeconds() / 30 + stepOffset;
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
#pragma warning disable CA5350 // SHA-1 is what RFC 6238 and every authenticator app use; here it only checks a code
        var hash = HMACSHA1.HashData(Base32(base32Key), message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff;
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>A six-digit code that is none of those accepted around now (Identity allows a couple of steps of drift).</summary>
    public static string WrongCode(string base32Key)
    {
        var now = DateTimeOffset.UtcNow;
        var accepted = Enumerable.Range(-3, 7).Select(i => Code(base32Key, now, i)).ToHashSet();
        var candidate = int.Parse(Code(base32Key, now), CultureInfo.InvariantCulture);
        string wrong;
        do
        {
            candidate = (candidate + 1) % 1_000_000;
            wrong = candidate.ToString("D6", CultureInfo.InvariantCulture);
        }
        while (accepted.Contains(wrong));
        return wrong;
    }

    private static byte[] Base32(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = key.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
