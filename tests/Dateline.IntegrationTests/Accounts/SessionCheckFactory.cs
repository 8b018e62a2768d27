using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>A site that checks a session cookie against its user on every request, so tests need not wait a minute.</summary>
public sealed class SessionCheckFactory : DatelineFactory
{
    public SessionCheckFactory() => Settings["Newsroom:SessionCheckInterval"] = "00:00:00";
}
