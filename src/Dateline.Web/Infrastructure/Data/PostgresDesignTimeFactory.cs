using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dateline.Web.Infrastructure.Data;

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDatelineDbContext>
{
    public PostgresDatelineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDatelineDbContext>()
            .UseNpgsql("Host=localhost;Database=dateline_design", n => n.MigrationsHistoryTable("__ef_migrations_history")).Options);
}
