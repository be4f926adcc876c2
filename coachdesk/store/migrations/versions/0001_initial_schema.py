"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 17:54:49.025986
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate references sqlmodel.sql.sqltypes)
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('coachee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('organisation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('tags', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint("status IN ('active', 'archived')", name='ck_coachee_status'),
    sa.CheckConstraint('length(trim(name)) > 0', name='ck_coachee_name'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('coachee', schema=None) as batch_op:
        batch_op.create_index('ix_coachee_name', ['name'], unique=False)

    op.create_table('setting',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('sponsor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint('length(trim(organisation)) > 0', name='ck_sponsor_organisation'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('profile_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('coachee_id', sa.Integer(), nullable=False),
    sa.Column('instrument_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('variant', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint('length(trim(instrument_key)) > 0', name='ck_profile_instrument'),
    sa.ForeignKeyConstraint(['coachee_id'], ['coachee.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('profile_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_profile_result_coachee_id'), ['coachee_id'], unique=False)

    op.create_table('trajectory',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('coachee_id', sa.Integer(), nullable=False),
    sa.Column('sponsor_id', sa.Integer(), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('intake_question', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contracted_sessions', sa.Integer(), nullable=True),
    sa.Column('contracted_hours', sa.Float(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('closing_evaluation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint("status IN ('intake', 'active', 'paused', 'completed', 'cancelled')", name='ck_trajectory_status'),
    sa.CheckConstraint('contracted_hours IS NULL OR contracted_hours >= 0', name='ck_trajectory_hours'),
    sa.CheckConstraint('contracted_sessions IS NULL OR contracted_sessions >= 0', name='ck_trajectory_sessions'),
    sa.CheckConstraint('length(trim(title)) > 0', name='ck_trajectory_title'),
    sa.CheckConstraint('planned_end IS NULL OR start_date IS NULL OR planned_end >= start_date', name='ck_trajectory_dates'),
    sa.ForeignKeyConstraint(['coachee_id'], ['coachee.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sponsor_id'], ['sponsor.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('trajectory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trajectory_coachee_id'), ['coachee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_trajectory_sponsor_id'), ['sponsor_id'], unique=False)

    op.create_table('coaching_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('mode', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('paid', sa.Boolean(), nullable=False),
    sa.Column('template', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('shared_notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('private_notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('scale_progress', sa.Integer(), nullable=True),
    sa.Column('scale_motivation', sa.Integer(), nullable=True),
    sa.Column('scale_confidence', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint("mode IN ('in_person', 'online', 'phone')", name='ck_session_mode'),
    sa.CheckConstraint('duration_minutes > 0', name='ck_session_duration'),
    sa.CheckConstraint('scale_confidence IS NULL OR (scale_confidence >= 0 AND scale_confidence <= 10)', name='ck_session_scale_confidence'),
    sa.CheckConstraint('scale_motivation IS NULL OR (scale_motivation >= 0 AND scale_motivation <= 10)', name='ck_session_scale_motivation'),
    sa.CheckConstraint('scale_progress IS NULL OR (scale_progress >= 0 AND scale_progress <= 10)', name='ck_session_scale_progress'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('coaching_session', schema=None) as batch_op:
        batch_op.create_index('ix_session_trajectory_start', ['trajectory_id', 'starts_at'], unique=False)

    op.create_table('goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('success_criteria', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'achieved', 'dropped')", name='ck_goal_status'),
    sa.CheckConstraint('length(trim(title)) > 0', name='ck_goal_title'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('profile_score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('result_id', sa.Integer(), nullable=False),
    sa.Column('dimension_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.CheckConstraint('length(trim(dimension_key)) > 0', name='ck_profile_score_dimension'),
    sa.ForeignKeyConstraint(['result_id'], ['profile_result.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('result_id', 'dimension_key', name='uq_profile_score_dimension')
    )
    with op.batch_alter_table('profile_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_profile_score_result_id'), ['result_id'], unique=False)

    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('done_date', sa.Date(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint("owner IN ('coachee', 'coach', 'sponsor')", name='ck_agreement_owner'),
    sa.CheckConstraint('length(trim(text)) > 0', name='ck_agreement_text'),
    sa.ForeignKeyConstraint(['session_id'], ['coaching_session.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('goal_rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('rated_on', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('comment', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint('value >= 0 AND value <= 10', name='ck_rating_value'),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['coaching_session.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('goal_rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_rating_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_goal_rating_session_id'), ['session_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('goal_rating', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_rating_session_id'))
        batch_op.drop_index(batch_op.f('ix_goal_rating_goal_id'))

    op.drop_table('goal_rating')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_trajectory_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_session_id'))

    op.drop_table('agreement')
    with op.batch_alter_table('profile_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_profile_score_result_id'))

    op.drop_table('profile_score')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_trajectory_id'))

    op.drop_table('goal')
    with op.batch_alter_table('coaching_session', schema=None) as batch_op:
        batch_op.drop_index('ix_session_trajectory_start')

    op.drop_table('coaching_session')
    with op.batch_alter_table('trajectory', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trajectory_sponsor_id'))
        batch_op.drop_index(batch_op.f('ix_trajectory_coachee_id'))

    op.drop_table('trajectory')
    with op.batch_alter_table('profile_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_profile_result_coachee_id'))

    op.drop_table('profile_result')
    op.drop_table('sponsor')
    op.drop_table('setting')
    with op.batch_alter_table('coachee', schema=None) as batch_op:
        batch_op.drop_index('ix_coachee_name')

    op.drop_table('coachee')

