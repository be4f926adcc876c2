<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
  <context>
    <name>AgreementRows</name>
    <message numerus="yes">
      <source>Closed agreements (%n)</source>
      <translation>
        <numerusform>Closed agreement (%n)</numerusform>
        <numerusform>Closed agreements (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CoacheeListPanel</name>
    <message numerus="yes">
      <source>{shown} of %n coachee(s)</source>
      <translation>
        <numerusform>{shown} of %n coachee</numerusform>
        <numerusform>{shown} of %n coachees</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportPdfDialog</name>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PrivacyUi</name>
    <message numerus="yes">
      <source>%n active coachee(s) without a consent record</source>
      <translation>
        <numerusform>%n active coachee without a consent record</numerusform>
        <numerusform>%n active coachees without a consent record</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n coachee(s) due for deletion</source>
      <translation>
        <numerusform>%n coachee due for deletion</numerusform>
        <numerusform>%n coachees due for deletion</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrajectoryDashboard</name>
    <message numerus="yes">
      <source>%n session(s) (none contracted)</source>
      <translation>
        <numerusform>%n session (none contracted)</numerusform>
        <numerusform>%n sessions (none contracted)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n session(s) to confirm: held, cancelled or a no-show?</source>
      <translation>
        <numerusform>%n session to confirm: held, cancelled or a no-show?</numerusform>
        <numerusform>%n sessions to confirm: held, cancelled or a no-show?</numerusform>
      </translation>
    </message>
  </context>
</TS>