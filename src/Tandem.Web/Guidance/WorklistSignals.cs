using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tandem.Domain.Guidance;
using Tandem.Domain.Measurement;
using Tandem.Domain.Patients;
using Tandem.Domain.Work;

namespace Tandem.Web.Guidance;

/// <summary>
/// Wakes open worklists when something on a caseload changes. Keys are a therapist's user id (their caseload) and a
/// team id (the supervisors' review queue). In-process: with several app nodes, a change on one node wakes only its own
/// streams (PostgreSQL LISTEN/NOTIFY is the lever then; docs/guidance.md).
/// </summary>
public sealed class WorklistSignals
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _waiting = new();

    /// <summary>A task that completes at the next change under the key. Take it before reading, so no change slips between.</summary>
    public Task Next(Guid key) =>
        _waiting.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Notify(Guid key)
    {
        if (_waiting.TryRemove(key, out var waiting))
        {
            waiting.TrySetResult();
        }
    }
}

/// <summary>
/// After a save that touched work, messages, alerts, questionnaire requests or patients, notifies the patients'
/// therapists and teams. Bulk updates (ExecuteUpdate) bypass it and notify themselves where a worklist depends on them.
/// </summary>
public sealed class WorklistChangeInterceptor(WorklistSignals signals) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            foreach (var key in pending.Keys)
            {
                signals.Notify(key);
            }

            var patientIds = pending.PatientIds;
            var owners = await context.Set<Patient>().AsNoTracking().Where(p => patientIds.Contains(p.Id))
                .Select(p => new { p.TherapistId, p.TeamId }).ToListAsync(cancellationToken);
            foreach (var owner in owners)
            {
                signals.Notify(owner.TeamId);
                signals.Notify(owner.TherapistId);
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var pending = new Pending([], []);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                Guid? patientId = entry.Entity switch
                {
                    Submission s => s.PatientId,
                    Message m => m.PatientId,
                    MeasurementAlert a => a.PatientId,
                    MeasurementRequest r => r.PatientId,
                    Patient p => p.Id,
                    _ => null,
                };
                if (patientId is { } id)
                {
                    pending.PatientIds.Add(id);
                }

                if (entry is { Entity: Patient, State: EntityState.Modified })
                {
                    // A reassigned patient leaves the former therapist's and team's lists too.
                    foreach (var owner in new[] { nameof(Patient.TherapistId), nameof(Patient.TeamId) })
                    {
                        if (entry.Property(owner).OriginalValue is Guid key)
                        {
                            pending.Keys.Add(key);
                        }
                    }
                }
            }
        }

        if (pending.PatientIds.Count > 0)
        {
            _pending.AddOrUpdate(context, pending);
        }
    }

    private sealed record Pending(HashSet<Guid> PatientIds, HashSet<Guid> Keys);
}
