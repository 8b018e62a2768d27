using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>A site with <c>Newsroom:RequireTwoFactorForAdmins</c> on.</summary>
public sealed class AdminTwoFactorFactory : DatelineFactory
{
    public AdminTwoFactorFactory() => Settings["Newsroom:RequireTwoFactorForAdmins"] = "true";
}
