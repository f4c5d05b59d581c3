using Microsoft.EntityFrameworkCore;
using Tandem.Domain.Guidance;
using Tandem.Web.Data;

namespace Tandem.Web.Guidance;

/// <summary>A person's unsent text per subject, saved in the caller's unit of work.</summary>
public sealed class Drafts(AppDbContext db, TimeProvider clock)
{
    public Task<string?> TextAsync(Guid userId, Guid subjectId, CancellationToken ct) =>
        db.Drafts.Where(d => d.UserId == userId && d.SubjectId == subjectId).Select(d => d.Text).SingleOrDefaultAsync(ct);

    public async Task SaveAsync(Guid userId, Guid subjectId, string? text, CancellationToken ct)
    {
        if (await db.Drafts.FindAsync([userId, subjectId], ct) is { } draft)
        {
            draft.Save(text, clock.GetUtcNow());
        }
        else
        {
            db.Drafts.Add(new Draft(userId, subjectId, text, clock.GetUtcNow()));
        }
    }

    /// <summary>The text was sent: the draft goes with the same save.</summary>
    public async Task DropAsync(Guid userId, Guid subjectId, CancellationToken ct)
    {
        if (await db.Drafts.FindAsync([userId, subjectId], ct) is { } draft)
        {
            db.Drafts.Remove(draft);
        }
    }
}
