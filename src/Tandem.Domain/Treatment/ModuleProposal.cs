using Tandem.Domain.Programmes;

namespace Tandem.Domain.Treatment;

/// <summary>
/// For a tailored programme: the modules the intake risk profile proposes, in programme order. Modules
/// recommended <c>always</c> are proposed for everyone; the therapist confirms or changes the selection.
/// </summary>
public static class ModuleProposal
{
    public static IReadOnlyList<string> For(Programme programme, IReadOnlyCollection<string> profileFlags)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(profileFlags);
        return
        [
            .. programme.Steps
                .SelectMany(s => s.ModuleIds)
                .Select(programme.FindModule)
                .OfType<Module>()
                .Where(m => m.RecommendedWhen.Any(flag => flag == ProfileFlag.Always || profileFlags.Contains(flag)))
                .Select(m => m.Id),
        ];
    }
}
