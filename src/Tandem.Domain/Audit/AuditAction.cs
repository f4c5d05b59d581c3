namespace Tandem.Domain.Audit;

/// <summary>The NEN 7513 event types Tandem records.</summary>
public enum AuditAction
{
    Read,
    Create,
    Update,
    Delete,
    Export,
    Search,
    Print,
}
