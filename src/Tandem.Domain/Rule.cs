namespace Tandem.Domain;

/// <summary>A named business rule; <see cref="Code"/> doubles as the key of its localised message.</summary>
public sealed record Rule(string Code, string Message);

public sealed class DomainRuleException(Rule rule) : Exception(rule.Message)
{
    public Rule Rule { get; } = rule;
}
