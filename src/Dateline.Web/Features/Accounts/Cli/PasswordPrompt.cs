using System.Text;

namespace Dateline.Web.Features.Accounts.Cli;

/// <summary>
/// Reads a password that was not given with <c>--password</c> (which shell history and process lists would keep):
/// on a terminal twice, without echo, and the two must match; from a pipe or file, its first line once, so scripts
/// can supply it.
/// </summary>
internal static class PasswordPrompt
{
    public static (string? Password, string? Problem) Read(TextWriter prompts)
    {
        if (Console.IsInputRedirected)
        {
            var line = Console.In.ReadLine();
            return string.IsNullOrEmpty(line) ? (null, "No password on standard input.") : (line, null);
        }

        prompts.Write("Password: ");
        var first = ReadHidden(prompts);
        prompts.Write("Password again: ");
        var second = ReadHidden(prompts);
        if (first.Length == 0)
        {
            return (null, "No password given.");
        }

        return first == second ? (first, null) : (null, "The two passwords differ.");
    }

    private static string ReadHidden(TextWriter prompts)
    {
        var password = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        prompts.WriteLine();
        return password.ToString();
    }
}
