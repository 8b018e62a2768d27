using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dateline.Web.Infrastructure.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without starting the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDatelineDbContext>
{
    public SqliteDatelineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDatelineDbContext>()
            .UseSqlite("Data Source=design.db", s => s.MigrationsHistoryTable("__ef_migrations_history")).Options);
}
