using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Diaries;
using Tandem.Web.Data;

namespace Tandem.Web.Diaries;

/// <summary>The patient's current activity target and, when a new period has begun, Tandem's proposal for it.</summary>
public sealed record TargetStatus(ActivityTarget Target, TargetProposal? Proposal)
{
    public static async Task<TargetStatus?> LoadAsync(AppDbContext db, GradedTarget rules, Guid patientId, DateOnly today, CancellationToken ct)
    {
        var target = await db.ActivityTargets.SingleOrDefaultAsync(t => t.PatientId == patientId, ct);
        if (target is null)
        {
            return null;
        }

        var from = today.AddDays(-target.StepIntervalDays);
        var entries = await db.ActivityEntries.AsNoTracking()
            .Where(e => e.PatientId == patientId && e.Day >= from && e.Day < today)
            .Select(e => new { e.Day, e.Minutes })
            .ToListAsync(ct);
        return new TargetStatus(target, rules.Propose(target, entries.Select(e => (e.Day, e.Minutes)), today));
    }
}
