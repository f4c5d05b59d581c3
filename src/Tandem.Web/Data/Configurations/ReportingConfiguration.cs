using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Reporting;

namespace Tandem.Web.Data.Configurations;

/// <summary>A roll-up table, rebuilt in full by <see cref="Reporting.ReAimRollup"/>: no foreign keys, indexed by unit and month.</summary>
internal sealed class ReAimMonthConfiguration : IEntityTypeConfiguration<ReAimMonth>
{
    public void Configure(EntityTypeBuilder<ReAimMonth> month)
    {
        month.Property(m => m.Id).ValueGeneratedNever();
        month.Property(m => m.ProgrammeId).HasMaxLength(64);
        month.ComplexProperty(m => m.FeedbackDays, histogram => histogram.Ignore(h => h.Counts));
        month.Ignore(m => m.IsEmpty);
        month.HasIndex(m => new { m.OrganisationId, m.Month });
        month.HasIndex(m => new { m.SiteId, m.Month });
        month.HasIndex(m => new { m.TeamId, m.Month });
        month.HasIndex(m => new { m.TherapistId, m.Month });
    }
}
