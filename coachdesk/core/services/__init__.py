"""The practice's services, one module per area; ``Practice`` hands them out.

Each service owns the reads and writes of its area and shares one database
helper (``db.Database``). Services call each other through the practice
(``self.practice.trajectories.get(...)``), never by inheritance.
"""
