using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Infrastructure;

namespace Tandem.IntegrationTests;

public sealed class RuleTextTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Fact]
    public void Every_rule_of_the_domain_and_the_app_has_a_message_in_every_language()
    {
        var codes = new[] { typeof(Rule).Assembly, typeof(JsonStringLocalizer).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.FieldType == typeof(Rule))
            .Select(field => ((Rule)field.GetValue(null)!).Code)
            .ToList();
        var text = app.Services.GetRequiredService<JsonStringLocalizer>();

        Assert.True(codes.Count > 50, $"Only {codes.Count} rules found");
        foreach (var language in Language.All)
        {
            var missing = codes.Where(code => !text.For(language).ContainsKey(code)).ToList();
            Assert.True(missing.Count == 0, $"No {language} text for: {string.Join(", ", missing)}");
        }
    }
}
