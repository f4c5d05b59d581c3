using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Organisations;
using Tandem.Domain.Training;

namespace Tandem.Web.Data.Configurations;

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> progress)
    {
        progress.Property(p => p.CourseId).HasMaxLength(TrainingColumns.IdLength);
        progress.Property(p => p.LessonId).HasMaxLength(TrainingColumns.IdLength);
        progress.HasOne<AppUser>().WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        progress.HasIndex(p => new { p.StaffMemberId, p.CourseId, p.LessonId }).IsUnique();
    }
}

internal sealed class CourseCompletionConfiguration : IEntityTypeConfiguration<CourseCompletion>
{
    public void Configure(EntityTypeBuilder<CourseCompletion> completion)
    {
        completion.Property(c => c.CourseId).HasMaxLength(TrainingColumns.IdLength);
        completion.HasOne<AppUser>().WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        completion.HasIndex(c => new { c.StaffMemberId, c.CourseId, c.CourseVersion }).IsUnique();
        completion.HasIndex(c => new { c.CourseId, c.CompletedAt });
    }
}

internal sealed class TrainingAssignmentConfiguration : IEntityTypeConfiguration<TrainingAssignment>
{
    public void Configure(EntityTypeBuilder<TrainingAssignment> assignment)
    {
        assignment.Property(a => a.CourseId).HasMaxLength(TrainingColumns.IdLength);
        assignment.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        assignment.HasOne<AppUser>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        assignment.HasOne<AppUser>().WithMany().HasForeignKey(a => a.AssignedById).OnDelete(DeleteBehavior.Restrict);
        assignment.HasOne<AppUser>().WithMany().HasForeignKey(a => a.WithdrawnById).OnDelete(DeleteBehavior.Restrict);
        assignment.HasIndex(a => new { a.StaffMemberId, a.CourseId }).IsUnique().HasFilter("\"WithdrawnAt\" IS NULL"); // withdrawn ones stay as a record
    }
}

internal sealed class SurveyParticipationConfiguration : IEntityTypeConfiguration<SurveyParticipation>
{
    public void Configure(EntityTypeBuilder<SurveyParticipation> participation)
    {
        participation.ToTable("TrainingSurveyParticipations");
        participation.Property(p => p.CourseId).HasMaxLength(TrainingColumns.IdLength);
        participation.HasKey(p => new { p.StaffMemberId, p.CourseId });
        participation.HasOne<AppUser>().WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> answer)
    {
        answer.ToTable("TrainingSurveyAnswers");
        answer.Property(a => a.CourseId).HasMaxLength(TrainingColumns.IdLength);
        answer.Property(a => a.ItemId).HasMaxLength(TrainingColumns.IdLength);
        answer.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        answer.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
        answer.HasIndex(a => new { a.OrganisationId, a.CourseId, a.SiteId });
    }
}

internal static class TrainingColumns
{
    public const int IdLength = 80;
}
