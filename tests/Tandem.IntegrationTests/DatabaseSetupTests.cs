using Tandem.Web.Data;

namespace Tandem.IntegrationTests;

public sealed class DatabaseSetupTests
{
    [Fact]
    public void A_PostgreSQL_connection_prepares_repeated_statements_unless_the_operator_chose_otherwise()
    {
        var prepared = DatabaseSetup.Prepared("Host=db;Database=tandem;Username=tandem");
        Assert.Contains("Max Auto Prepare=64", prepared, StringComparison.Ordinal);
        Assert.Contains("Auto Prepare Min Usages=2", prepared, StringComparison.Ordinal);

        var chosen = DatabaseSetup.Prepared("Host=db;Database=tandem;Max Auto Prepare=0");
        Assert.Contains("Max Auto Prepare=0", chosen, StringComparison.Ordinal);
        Assert.DoesNotContain("Min Usages", chosen, StringComparison.Ordinal);
    }
}
