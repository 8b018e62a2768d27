using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>A site that allows three sign-in posts per client address per minute.</summary>
public sealed class SignInLimitFactory : DatelineFactory
{
    public const int PermitLimit = 3;

    public SignInLimitFactory() => Settings["Newsroom:SignInPermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
