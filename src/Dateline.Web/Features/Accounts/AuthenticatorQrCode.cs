using System.Globalization;
using System.Text;
using QRCoder;

namespace Dateline.Web.Features.Accounts;

/// <summary>
/// The otpauth:// URI an authenticator app reads, and its QR code as SVG path data. The page draws the path itself
/// (no generated markup, no inline style), so the strict CSP holds and the key never leaves this response.
/// </summary>
public static class AuthenticatorQrCode
{
    public const string Issuer = "Dateline";

    /// <summary>The Key URI Format of Google Authenticator, which every common app reads: TOTP, SHA-1, 6 digits, 30 s.</summary>
    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}"
        + $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The key in groups of four, as people type it into an app.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();

    /// <summary>One path of unit squares, one per dark module, quiet zone included; <paramref name="size"/> is the side in modules.</summary>
    public static string Path(string uri, out int size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        size = rows.Count;
        var path = new StringBuilder();
        for (var y = 0; y < rows.Count; y++)
        {
            for (var x = 0; x < rows[y].Length; x++)
            {
                if (rows[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        return path.ToString();
    }
}
