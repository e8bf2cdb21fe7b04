<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>storelens::core::Entity</name>
    <message>
        <location filename="../core/model/Entities.cpp" line="16"/>
        <source>Orders and order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="17"/>
        <source>Customers</source>
        <translation type="unfinished">Kunden</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="18"/>
        <source>Products</source>
        <translation type="unfinished">Produkte</translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="19"/>
        <source>Inventory snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="20"/>
        <source>Store traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="21"/>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="22"/>
        <source>Marketing spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="55"/>
        <source>Main store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Entities.cpp" line="60"/>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::FieldCatalog</name>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="26"/>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="31"/>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="35"/>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="37"/>
        <location filename="../core/import/FieldCatalog.cpp" line="86"/>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="40"/>
        <location filename="../core/import/FieldCatalog.cpp" line="128"/>
        <location filename="../core/import/FieldCatalog.cpp" line="154"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="45"/>
        <location filename="../core/import/FieldCatalog.cpp" line="131"/>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="48"/>
        <location filename="../core/import/FieldCatalog.cpp" line="134"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="51"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="54"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="58"/>
        <source>Line total (instead of unit price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="62"/>
        <source>Line discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="65"/>
        <location filename="../core/import/FieldCatalog.cpp" line="137"/>
        <location filename="../core/import/FieldCatalog.cpp" line="160"/>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="68"/>
        <location filename="../core/import/FieldCatalog.cpp" line="152"/>
        <location filename="../core/import/FieldCatalog.cpp" line="169"/>
        <location filename="../core/import/FieldCatalog.cpp" line="183"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="71"/>
        <location filename="../core/import/FieldCatalog.cpp" line="197"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="74"/>
        <location filename="../core/import/FieldCatalog.cpp" line="105"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="77"/>
        <source>Status (marks cancellations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="89"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="91"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="93"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="96"/>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="98"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="100"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="102"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="107"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="110"/>
        <source>Loyalty tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="113"/>
        <source>Acquisition channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="116"/>
        <source>Email marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="120"/>
        <source>SMS marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="140"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="149"/>
        <source>Snapshot date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="157"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="171"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="174"/>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="186"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="188"/>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="199"/>
        <source>Day or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/FieldCatalog.cpp" line="201"/>
        <source>Amount spent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::ImportProfile</name>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="134"/>
        <source>The import profile is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="139"/>
        <source>The file is not a StoreLens import profile (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="148"/>
        <source>The import profile names an unknown table &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="157"/>
        <source>The import profile names an unknown encoding &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="169"/>
        <source>The import profile&apos;s date order must be ymd, dmy, mdy or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="176"/>
        <source>The import profile&apos;s decimal separator must be &quot;.&quot; or &quot;,&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="187"/>
        <source>The import profile maps column &quot;%1&quot; to an unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="205"/>
        <source>The import profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ImportProfile.cpp" line="215"/>
        <source>The import profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::Importer</name>
    <message>
        <location filename="../core/import/Importer.cpp" line="134"/>
        <source>The workspace could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="159"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="175"/>
        <source>The dates could be day/month or month/day (no day in the file is above 12). Choose the date order in the import profile (or with --date-order dmy|mdy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="222"/>
        <source>Column &quot;%1&quot;, value &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="225"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="235"/>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="273"/>
        <location filename="../core/import/Importer.cpp" line="283"/>
        <source>The rejected rows could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="276"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="276"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="276"/>
        <source>Column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="277"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/Importer.cpp" line="277"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::MappingSuggester</name>
    <message>
        <location filename="../core/import/MappingSuggester.cpp" line="93"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::RecordConverter</name>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="87"/>
        <source>%1 is empty; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="141"/>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="165"/>
        <source>No column is mapped to the required field(s): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="181"/>
        <source>The file has no column &quot;%1&quot;, which the import profile maps to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="221"/>
        <source>The row has %1 fields; the mapped columns need %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="250"/>
        <source>The order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="251"/>
        <source>The order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="263"/>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="272"/>
        <source>The line names no SKU and no product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="273"/>
        <source>The quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="278"/>
        <source>The quantity is 0; a line sells or returns something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="282"/>
        <source>The unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="287"/>
        <source>The line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="330"/>
        <source>The customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="364"/>
        <location filename="../core/import/RecordConverter.cpp" line="386"/>
        <source>The SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="385"/>
        <source>The snapshot date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="387"/>
        <source>The quantity on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="406"/>
        <source>The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="407"/>
        <source>The number of visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="413"/>
        <source>The number of visitors is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="431"/>
        <source>The month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="433"/>
        <source>The headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="437"/>
        <source>The headcount is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="455"/>
        <source>The day or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/RecordConverter.cpp" line="457"/>
        <source>The amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::SampleStore</name>
    <message>
        <location filename="../core/sample/SampleStore.cpp" line="161"/>
        <source>Creating the sample store was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sample/SampleStore.cpp" line="546"/>
        <source>The sample store needs at least one year, a valid last day, no negative customer count and an order scale above zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::SampleWorkspace</name>
    <message>
        <location filename="../core/sample/SampleWorkspace.cpp" line="33"/>
        <source>The workspace already holds order lines; the sample store goes into a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::Schema</name>
    <message>
        <location filename="../core/store/Schema.cpp" line="65"/>
        <source>The workspace could not be upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Schema.cpp" line="85"/>
        <source>The workspace was written by a newer StoreLens (schema %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::Workspace</name>
    <message>
        <location filename="../core/store/Workspace.cpp" line="32"/>
        <source>The workspace does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="34"/>
        <source>The path is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="58"/>
        <source>The workspace could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="71"/>
        <source>The file is not a StoreLens workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Workspace.cpp" line="105"/>
        <source>A setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::WorkspaceSummary</name>
    <message>
        <location filename="../core/store/WorkspaceSummary.cpp" line="44"/>
        <source>The workspace could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::WorkspaceWriter</name>
    <message>
        <location filename="../core/store/WorkspaceWriter.cpp" line="205"/>
        <location filename="../core/store/WorkspaceWriter.cpp" line="236"/>
        <source>The workspace could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::AnalyticsService</name>
    <message>
        <location filename="../core/analytics/AnalyticsService.cpp" line="22"/>
        <source>The computation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::KpiEngine</name>
    <message>
        <location filename="../core/analytics/CustomerKpis.cpp" line="74"/>
        <source>No customer bought in the activity window before the period, so there is no one to retain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/CustomerKpis.cpp" line="92"/>
        <location filename="../core/analytics/CustomerKpis.cpp" line="132"/>
        <source>No customer was acquired in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/CustomerKpis.cpp" line="106"/>
        <source>The churn rate of the year ending with the period is 0, so no lifespan can be estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/CustomerKpis.cpp" line="124"/>
        <source>There is no marketing spend in the period; import marketing spend to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/CustomerKpis.cpp" line="142"/>
        <source>The customer acquisition cost of the period is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiEngine.cpp" line="23"/>
        <source>There are no orders in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiEngine.cpp" line="28"/>
        <source>There are no sales in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiEngine.cpp" line="33"/>
        <source>There are no identified customers in the period; import order lines with customer ids to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiEngine.cpp" line="312"/>
        <source>The computation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiEngine.cpp" line="316"/>
        <source>The workspace holds no order lines yet; import orders to see the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiEngine.cpp" line="320"/>
        <source>The activity window must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiEngine.cpp" line="359"/>
        <source>No comparison was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SalesKpis.cpp" line="113"/>
        <source>No line in the period has a unit cost; import order lines with unit costs to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SalesKpis.cpp" line="118"/>
        <source>Costs are known for only %1 % of gross sales, so the margin is overstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SalesKpis.cpp" line="148"/>
        <source>The same period one year earlier has no order lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SalesKpis.cpp" line="149"/>
        <source>The net sales of the same period one year earlier are 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SalesKpis.cpp" line="168"/>
        <source>There is no staffing for the period; import staffing (headcount per store and month) to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SalesKpis.cpp" line="172"/>
        <source>The staffing of the period has a headcount of 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SalesKpis.cpp" line="184"/>
        <source>There is no store traffic for the period; import traffic (visitors per store and day) to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SalesKpis.cpp" line="190"/>
        <source>The traffic of the period counts no visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SalesKpis.cpp" line="199"/>
        <source>There is no inventory snapshot with costs in the period; import inventory to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SalesKpis.cpp" line="207"/>
        <source>The average inventory value of the period is 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::KpiResult</name>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="23"/>
        <source>Gross sales</source>
        <translation type="unfinished">Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="24"/>
        <source>Quantity times unit price, summed over the sale lines of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="25"/>
        <source>Discounts</source>
        <translation type="unfinished">Rabatte</translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="26"/>
        <source>Line discounts summed over the sale lines of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="27"/>
        <source>Returns</source>
        <translation type="unfinished">Retouren</translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="28"/>
        <source>The amount of the return lines of the period, as a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="29"/>
        <source>Net sales</source>
        <translation type="unfinished">Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="30"/>
        <source>Gross sales minus discounts minus returns: the line amounts of all lines of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="31"/>
        <source>Orders</source>
        <translation type="unfinished">Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="32"/>
        <source>Distinct orders with at least one sale line in the period; an order with only returns is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="33"/>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="34"/>
        <source>Gross sales minus discounts, divided by the number of orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="35"/>
        <source>Units per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="36"/>
        <source>Units sold on sale lines divided by the number of orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="37"/>
        <source>Return rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="38"/>
        <source>Returns divided by gross sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="39"/>
        <source>Guest share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="40"/>
        <source>The share of sales after discounts made without a customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="41"/>
        <source>Cost of goods sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="42"/>
        <source>Quantity times unit cost over the lines with a known cost; returns reduce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="43"/>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="44"/>
        <source>Net sales minus the cost of goods sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="45"/>
        <source>Cost coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="46"/>
        <source>The share of gross sales on sale lines whose cost is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="47"/>
        <source>Gross margin %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="48"/>
        <source>Gross margin divided by net sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="49"/>
        <source>Year-over-year growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="50"/>
        <source>Net sales minus the net sales of the same period one year earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="51"/>
        <source>Year-over-year growth %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="52"/>
        <source>Year-over-year growth divided by the absolute net sales of the same period one year earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="53"/>
        <source>Sales per employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="54"/>
        <source>Net sales divided by the average headcount of the months that overlap the period, summed over the stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="55"/>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="56"/>
        <source>Orders divided by visitors, over the stores and days that have traffic counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="57"/>
        <source>Inventory turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="58"/>
        <source>Cost of goods sold divided by the average inventory value at cost (cost on both sides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="59"/>
        <source>GMROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="60"/>
        <source>Gross margin divided by the average inventory value at cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="61"/>
        <source>Customer acquisition cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="62"/>
        <source>Marketing spend in the period divided by the new customers of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="63"/>
        <source>CLV : CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="64"/>
        <source>The average historical lifetime value of the customers acquired in the period divided by the acquisition cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="65"/>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="66"/>
        <source>Identified customers with at least one sale line in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="67"/>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="68"/>
        <source>Customers whose first purchase falls in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="69"/>
        <source>Returning customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="70"/>
        <source>Active customers who bought before the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="71"/>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="72"/>
        <source>Orders of identified customers divided by the active customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="73"/>
        <source>Repeat purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="74"/>
        <source>The share of active customers with two or more orders in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="75"/>
        <source>Customers at start (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="76"/>
        <source>Customers with a purchase in the activity window before the first day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="77"/>
        <source>Customers at end (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="78"/>
        <source>Customers with a purchase in the activity window ending on the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="79"/>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="80"/>
        <source>Customers at the end minus new customers, divided by the customers at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="81"/>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="82"/>
        <source>The share of the customers at the start who are no longer customers at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="83"/>
        <source>Historical CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="84"/>
        <source>The mean of all net sales to date of the customers acquired in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="85"/>
        <source>Simple predictive CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/KpiResult.cpp" line="86"/>
        <source>Average purchase value times purchases per year times the expected lifespan in years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::Lifecycle</name>
    <message>
        <location filename="../core/analytics/Lifecycle.cpp" line="51"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Lifecycle.cpp" line="53"/>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Lifecycle.cpp" line="55"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Lifecycle.cpp" line="59"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Lifecycle.cpp" line="90"/>
        <source>High value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Lifecycle.cpp" line="92"/>
        <source>Medium value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Lifecycle.cpp" line="96"/>
        <source>Low value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Lifecycle.cpp" line="114"/>
        <source>The lifecycle settings are not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Lifecycle.cpp" line="126"/>
        <source>The lifecycle settings are out of range: day thresholds must be at least 1 and the value tier percentages between 0 and 100, high not below medium.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::MemberExport</name>
    <message>
        <location filename="../core/analytics/MemberExport.cpp" line="99"/>
        <source>The column &quot;%1&quot; is unknown; the columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/MemberExport.cpp" line="122"/>
        <source>The member list could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/MemberExport.cpp" line="132"/>
        <source>The file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/MemberExport.cpp" line="140"/>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::Periods</name>
    <message>
        <location filename="../core/analytics/Periods.cpp" line="140"/>
        <source>The period holds only %1 of its %2 days of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Periods.cpp" line="144"/>
        <source>The comparison period holds only %1 of its %2 days of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Periods.cpp" line="148"/>
        <source>The retention look-back window holds only %1 of its %2 days of data, so retention and churn rest on part of a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/Periods.cpp" line="154"/>
        <source>The comparison period&apos;s retention look-back window holds only %1 of its %2 days of data, so its retention and churn rest on part of a window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentGrid</name>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="23"/>
        <source>The segment table is not valid: it needs five rows of five segment names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="32"/>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="33"/>
        <source>Loyal customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="34"/>
        <source>Potential loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="35"/>
        <source>Recent customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="36"/>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="37"/>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="38"/>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="39"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="40"/>
        <source>Can&apos;t lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="41"/>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentGrid.cpp" line="42"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentRule</name>
    <message>
        <location filename="../core/analytics/RuleSegmentJson.cpp" line="90"/>
        <source>The segment rule is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/RuleSegmentJson.cpp" line="254"/>
        <source>The operator %1 does not apply to the field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/RuleSegmentJson.cpp" line="262"/>
        <source>The condition on %1 has the wrong number of values for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/RuleSegmentJson.cpp" line="296"/>
        <source>The value &quot;%1&quot; does not suit the field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/RuleSegmentJson.cpp" line="338"/>
        <location filename="../core/analytics/RuleSegmentJson.cpp" line="345"/>
        <source>joins are &quot;and&quot; or &quot;or&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/RuleSegmentJson.cpp" line="352"/>
        <source>the field &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/RuleSegmentJson.cpp" line="356"/>
        <source>the operator &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SegmentStore</name>
    <message>
        <location filename="../core/analytics/SegmentStore.cpp" line="23"/>
        <source>The saved segments could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentStore.cpp" line="29"/>
        <source>There is no segment named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentStore.cpp" line="54"/>
        <location filename="../core/analytics/SegmentStore.cpp" line="73"/>
        <source>The saved segment &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentStore.cpp" line="82"/>
        <location filename="../core/analytics/SegmentStore.cpp" line="110"/>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SegmentStore.cpp" line="117"/>
        <source>A segment named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::SnapshotLoader</name>
    <message>
        <location filename="../core/analytics/SnapshotLoader.cpp" line="30"/>
        <location filename="../core/analytics/SnapshotLoader.cpp" line="280"/>
        <location filename="../core/analytics/SnapshotLoader.cpp" line="290"/>
        <location filename="../core/analytics/SnapshotLoader.cpp" line="351"/>
        <source>The workspace could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SnapshotLoader.cpp" line="36"/>
        <source>Loading the workspace was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/SnapshotLoader.cpp" line="281"/>
        <source>no SQLite handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::BgNbdModel</name>
    <message>
        <location filename="../core/analytics/clv/BgNbdModel.cpp" line="38"/>
        <source>Customer %1 has an impossible purchase history (x = %2, t_x = %3, T = %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/BgNbdModel.cpp" line="175"/>
        <source>There are no customers to fit the purchase model on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::ClvCalculator</name>
    <message>
        <location filename="../core/analytics/clv/ClvCalculator.cpp" line="50"/>
        <source>Predicted lifetime value needs at least %1 identified customers; the data has fewer, so no prediction is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvCalculator.cpp" line="55"/>
        <source>Predicted lifetime value needs at least %1 days of purchase history; the data covers less, so no prediction is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvCalculator.cpp" line="60"/>
        <source>No customer has bought on more than one day, so repeat behaviour cannot be predicted and no prediction is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvCalculator.cpp" line="64"/>
        <source>The lifetime value models could not be fitted reliably to this data, so no prediction is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/clv/ClvCalculator.cpp" line="68"/>
        <source>The customer summary contains impossible values, so no prediction is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::GammaGammaModel</name>
    <message>
        <location filename="../core/analytics/clv/GammaGammaModel.cpp" line="125"/>
        <source>No customer has bought again with a positive amount, so the spend model cannot be fitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::analytics::clv::RfmSummaryBuilder</name>
    <message>
        <location filename="../core/analytics/clv/RfmSummary.cpp" line="39"/>
        <source>An order line refers to customer number %1, but only %2 customers are known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::cli</name>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="15"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="16"/>
        <source>Order lines</source>
        <translation type="unfinished">Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="17"/>
        <source>Orders</source>
        <translation type="unfinished">Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="18"/>
        <source>Return lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="19"/>
        <source>Guest lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="20"/>
        <location filename="../core/cli/SegmentsCommand.cpp" line="96"/>
        <source>Customers</source>
        <translation type="unfinished">Kunden</translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="21"/>
        <source>Buying customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="22"/>
        <source>Products</source>
        <translation type="unfinished">Produkte</translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="23"/>
        <source>Stores</source>
        <translation type="unfinished">Filialen</translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="24"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="25"/>
        <source>Inventory rows</source>
        <translation type="unfinished">Zeilen Lagerbestand</translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="26"/>
        <source>Traffic rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="27"/>
        <source>Staffing rows</source>
        <translation type="unfinished">Zeilen Personaleinsatz</translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="28"/>
        <source>Marketing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="29"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="30"/>
        <source>As-of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="31"/>
        <source>Gross sales</source>
        <translation type="unfinished">Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="32"/>
        <source>Discounts</source>
        <translation type="unfinished">Rabatte</translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="33"/>
        <source>Returns</source>
        <translation type="unfinished">Retouren</translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="34"/>
        <location filename="../core/cli/SegmentsCommand.cpp" line="98"/>
        <source>Net sales</source>
        <translation type="unfinished">Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="46"/>
        <source>Show what a workspace holds: rows, dates and totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="52"/>
        <source>storelens info: row counts, the date range and gross / net sales of a workspace. JSON fields: order_lines, orders, return_lines, guest_lines, customers, buying_customers, products, stores, channels, first_day, as_of, gross_sales, discounts, returns, net_sales (money as decimal strings with 4 places).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="58"/>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="60"/>
        <source>table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/InfoCommand.cpp" line="95"/>
        <source>--format takes table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="18"/>
        <source>Import a CSV export into a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="23"/>
        <source>storelens import: reads a CSV export (orders, customers, products, inventory, traffic, staffing or marketing spend) into a workspace, in one transaction. Without --profile the columns are mapped from the header names. Exit status: 0 imported, 1 bad usage, 2 input rejected (the message names file, line, column and reason; nothing is imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="28"/>
        <source>The CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="31"/>
        <location filename="../core/cli/InfoCommand.cpp" line="59"/>
        <location filename="../core/cli/SampleCommand.cpp" line="30"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="30"/>
        <source>The workspace file (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="34"/>
        <source>What the file holds: orders, customers, products, inventory, traffic, staffing or marketing (default: guessed from the header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="36"/>
        <source>entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="38"/>
        <source>An import profile (JSON) to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="39"/>
        <location filename="../core/cli/ImportCommand.cpp" line="55"/>
        <source>profile.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="42"/>
        <source>abort: the first bad row cancels the import (default); skip: bad rows are left out and listed, the rest is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="47"/>
        <source>Check the whole file and count new, updated and unchanged rows without changing the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="51"/>
        <source>The order of day and month in dates, when the file leaves it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="55"/>
        <source>Save the profile used (suggested or given) as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="58"/>
        <source>With --on-error skip: write the rejected rows to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="59"/>
        <source>rejected.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="67"/>
        <source>Name exactly one CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="76"/>
        <source>Unknown --entity &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="84"/>
        <source>--on-error takes abort or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="104"/>
        <source>--date-order takes dmy, mdy or ymd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="132"/>
        <source>Dry run of %1 (%2): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="133"/>
        <source>Imported %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="136"/>
        <source>Rows read: %1; new: %2; updated: %3; unchanged: %4; rejected: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="144"/>
        <source>Dates: %1 to %2; gross sales %3; net sales %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="154"/>
        <source>column &quot;%1&quot;, value &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/ImportCommand.cpp" line="161"/>
        <source>... and %1 more rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSupport.cpp" line="10"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSupport.cpp" line="31"/>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CohortsCommand.cpp" line="53"/>
        <source>Cohorts by %1 of first purchase, %2; range %3 to %4, as of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CohortsCommand.cpp" line="57"/>
        <source>Columns are ages (0 = the first period); * marks a partial period, blank cells are after the as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CohortsCommand.cpp" line="61"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CohortsCommand.cpp" line="61"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CohortsCommand.cpp" line="73"/>
        <source>No customer made a first purchase in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CohortsCommand.cpp" line="141"/>
        <source>Print the cohort matrix: retention, revenue or orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CohortsCommand.cpp" line="147"/>
        <source>storelens cohorts: customers grouped by the week (Monday start), month or quarter of their first purchase within the filters, followed period by period (METRICS.md section 4). --from/--to select the cohorts whose period overlaps them (default: the 12 months ending at the as-of date); each cohort is its whole calendar period and activity after the range still counts.
Metrics: retention (share of the cohort buying in the period), revenue (net sales per customer, returns included), cumulative_revenue (the sum of revenue up to that age), orders (orders per customer).
Exit status: 0 done, 1 bad usage, 2 the workspace or a filter was rejected.

JSON (--format json): an object with grain, metric, as_of, range {from, to}, age_count and
  cohorts [{label, from, to, size, cells [{age, value, partial, active_customers, orders, net_sales,
           cumulative_net_sales}]}].
Cells after the as-of date are absent (empty, not zero). value is a fraction for retention, money per customer for revenue and cumulative_revenue, orders per customer for orders; net_sales are the cell&apos;s totals in money.
CSV (--format csv): cohort,cohort_from,size,age,value,partial; one row per cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CohortsCommand.cpp" line="172"/>
        <source>What the cells show (default: retention).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CohortsCommand.cpp" line="178"/>
        <source>storelens cohorts takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CohortsCommand.cpp" line="189"/>
        <source>--metric takes retention, revenue, cumulative_revenue or orders, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CohortsCommand.cpp" line="203"/>
        <source>The workspace has no order lines yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="45"/>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="49"/>
        <source>compared with %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="52"/>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="54"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="56"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="56"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="57"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="57"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="58"/>
        <source>Change %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="85"/>
        <source>Print the sales and customer KPIs of a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="90"/>
        <source>storelens kpi: every sales and customer KPI of a period (METRICS.md sections 2 and 3) with its comparison. The default period is the 12 months ending at the as-of date (the last day with data).
Exit status: 0 done, 1 bad usage, 2 the workspace or a filter was rejected.

JSON (--format json): an object with
  period {from, to, days}; comparison_period {from, to, days} or null; comparison (previous|year|none);
  as_of; first_data_day; activity_window_days;
  warnings [{kind (period|comparison_period|retention_window|comparison_retention_window), message, from, to, days, days_with_data}];
  kpis [{key, label, unit (money|count|ratio|number), value, comparison, change, relative_change,
         good (up|down|neutral), assessment (good|bad|neutral|unchanged), has_data, comparison_has_data,
         no_data_reason, warning, inputs {name: number}}];
  cac_by_channel [{channel, spend, new_customers, cac}].
Money is a number rounded to 4 places, ratios are fractions (0.0871), null where there is no data.
KPI keys: gross_sales, discounts, returns, net_sales, orders, aov, upt, return_rate, guest_share, cogs, gross_margin, cost_coverage, gross_margin_rate, yoy_growth, yoy_growth_rate, sales_per_employee, conversion_rate, inventory_turnover, gmroi, cac, clv_to_cac, active_customers, new_customers, returning_customers, purchase_frequency, repeat_purchase_rate, customers_at_start, customers_at_end, retention_rate, churn_rate, historical_clv, predictive_clv.
CSV (--format csv): key,label,unit,value,comparison,change,relative_change,good,has_data,no_data_reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/KpiCommand.cpp" line="125"/>
        <source>storelens kpi takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="19"/>
        <source>Create a workspace holding the sample store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="24"/>
        <source>storelens sample: writes a realistic sample store (shops and a web shop, customers, products, orders with returns and guest sales, traffic, staffing, inventory and marketing spend) into a new workspace. The same seed always gives the same store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="30"/>
        <source>The workspace file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="32"/>
        <source>Identified customers (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="33"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="34"/>
        <source>Years of history (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="35"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="36"/>
        <source>Random seed (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="37"/>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="39"/>
        <source>Multiplies the number of orders (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="40"/>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="43"/>
        <source>Write the sample&apos;s order lines to this CSV file instead of a workspace (for import checks and benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="45"/>
        <source>file.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="57"/>
        <source>--customers and --years take positive whole numbers (years at most 30), --seed a whole number and --orders-scale a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="84"/>
        <location filename="../core/cli/SampleCommand.cpp" line="93"/>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SampleCommand.cpp" line="96"/>
        <source>Wrote %1 order lines of %2 orders to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="96"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="97"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="97"/>
        <source>Net sales %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="98"/>
        <source>AOV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="99"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="99"/>
        <source>Median recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="166"/>
        <source>Print RFM segments, lifecycle stages and value tiers, or one segment&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="172"/>
        <source>storelens segments: the customer base as of the as-of date (METRICS.md sections 5-7): every identified customer with a sale line within the filters, whatever the dates. Without --segment it prints the named RFM segments, the lifecycle stages and the value tiers, each with size, share of customers, share of net sales, net sales, AOV, frequency (orders per customer) and median recency in days.
--segment NAME picks one segment: a saved segment of the workspace, an RFM segment name (&quot;Champions&quot;), a lifecycle stage (new, lapsed, at_risk, active) or a value tier (high, medium, low). --members lists its customers; --export FILE writes them as CSV.
Marketing consent is the email consent: customers whose email consent is false or unknown are left out of --export unless --include-without-consent is given; the count left out is printed on standard error. Cells starting with = + - @ are neutralised for spreadsheets.
Export columns (--columns, comma-separated; default all but consent_email): customer_id, name, email, country, first_purchase, last_purchase, orders, net_sales, aov, recency_days, r, f, m, segment, lifecycle, value_tier, consent_email.
Exit status: 0 done, 1 bad usage, 2 the workspace, a filter or the segment was rejected.

JSON (--format json) without --segment: {as_of, customers, net_sales, rfm_segments [S], lifecycle [S], value_tiers [S]}
  where S = {key (lifecycle and tiers only), name, size, share_of_customers, share_of_net_sales, net_sales, aov,
             frequency, median_recency_days}; null where there is no data.
With --segment: {as_of, segment S, members [M]} (members only with --members), where
  M = {customer_id, name, email, country, first_purchase, last_purchase, orders, net_sales, aov, recency_days,
       r, f, m, segment, lifecycle, value_tier, consent_email}.
Money is a number in currency units, shares are fractions.
CSV (--format csv): table,name,size,share_of_customers,share_of_net_sales,net_sales,aov,frequency,median_recency_days; with --members the member columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="213"/>
        <source>One segment: saved, RFM, lifecycle stage or value tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="214"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="215"/>
        <source>List the segment&apos;s customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="217"/>
        <source>Write the segment&apos;s customers to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="217"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="219"/>
        <source>The export&apos;s columns, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="221"/>
        <source>Export customers without email consent too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="225"/>
        <source>storelens segments takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="236"/>
        <source>--members and --export need --segment NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="245"/>
        <source>Unknown column &quot;%1&quot;; the columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="292"/>
        <source>Wrote %1 customers to %2; %3 without email consent were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="317"/>
        <source>Segment, as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="360"/>
        <source>%1 customers as of %2, net sales %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="364"/>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="365"/>
        <source>Lifecycle stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/SegmentsCommand.cpp" line="366"/>
        <source>Value tiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::cli::Cli</name>
    <message>
        <location filename="../core/cli/Cli.cpp" line="18"/>
        <source>Usage: storelens [WORKSPACE.storelens]      start the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/Cli.cpp" line="19"/>
        <source>       storelens COMMAND [OPTIONS]          run an analysis from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/Cli.cpp" line="21"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/Cli.cpp" line="24"/>
        <source>Run &apos;storelens COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/Cli.cpp" line="59"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::cli::QueryOptions</name>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="29"/>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="29"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="33"/>
        <source>First day of the period (default: one year before --to, plus one day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="36"/>
        <source>Last day of the period (default: the as-of date, the last day with data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="42"/>
        <source>Compare with the previous period of the same length, the same period one year earlier, or nothing (default: previous).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="50"/>
        <source>Select order lines; repeatable. Values of one dimension are alternatives, dimensions combine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="57"/>
        <source>The activity window W of retention and churn, in days (default: 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="61"/>
        <source>The cohort period (default: month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="65"/>
        <source>The output format (default: table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="76"/>
        <source>The option --workspace is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="85"/>
        <source>--from takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="93"/>
        <source>--to takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="101"/>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="116"/>
        <source>--compare takes previous, year or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="127"/>
        <source>--filter takes DIMENSION=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="140"/>
        <source>Only one segment filter can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="145"/>
        <source>Unknown filter &quot;%1&quot;; use store, channel, country, category or segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="156"/>
        <source>--window takes a whole number of days of at least 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="171"/>
        <source>--grain takes week, month or quarter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/QueryOptions.cpp" line="184"/>
        <source>--format takes table, json or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::CsvReader</name>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="59"/>
        <source>The file cannot be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="90"/>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="117"/>
        <source>Reading the file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="157"/>
        <source>A quoted field is not closed: the closing quote is missing before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::Dialect</name>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="287"/>
        <source>The file cannot be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/Dialect.cpp" line="291"/>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::core::csv::FieldParsers</name>
    <message>
        <location filename="../core/csv/FieldParsers.cpp" line="569"/>
        <source>The amount is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/FieldParsers.cpp" line="589"/>
        <source>The quantity is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/FieldParsers.cpp" line="623"/>
        <source>The number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/FieldParsers.cpp" line="664"/>
        <source>The date is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportController</name>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="82"/>
        <source>Data exports (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="82"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="92"/>
        <source>Another import is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportController.cpp" line="113"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
</context>
<context>
    <name>storelens::ui::ImportMessages</name>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="17"/>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="19"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="32"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="34"/>
        <source>%1 was imported: %2 new rows, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1 wurde importiert: %2 neue Zeilen, %3 aktualisiert, %4 unverändert, %5 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="43"/>
        <source>… and %1 more rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="49"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="52"/>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="55"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="56"/>
        <source>Nothing was imported. %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="60"/>
        <source>Columns not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="62"/>
        <source>Nothing was imported: StoreLens could not find columns for %1 in %2 (read as %3). The import wizard that lets you choose the columns yourself is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="68"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ImportMessages.cpp" line="69"/>
        <source>The import of %1 was cancelled. The workspace is unchanged.</source>
        <translation>Der Import von %1 wurde abgebrochen. Der Arbeitsbereich ist unverändert.</translation>
    </message>
</context>
<context>
    <name>storelens::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="33"/>
        <source>StoreLens workspaces (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="70"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="103"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="104"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="106"/>
        <source>Create an empty workspace file for a business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="107"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="109"/>
        <source>Open a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="110"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="113"/>
        <source>Open the &amp;Sample Store</source>
        <translation>&amp;Beispielgeschäft öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="114"/>
        <source>Open a made-up store with three years of sales to explore StoreLens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="116"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="119"/>
        <source>Import a CSV export of your till, web shop or ERP into this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="121"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="123"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="127"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="128"/>
        <source>&amp;About StoreLens</source>
        <translation>&amp;Über StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="129"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="147"/>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="158"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="159"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="166"/>
        <source>the sample store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="175"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="189"/>
        <source>About StoreLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="190"/>
        <source>&lt;h3&gt;StoreLens %1&lt;/h3&gt;&lt;p&gt;See how your store is doing: sales, customers who come back, and who to win back. Your data stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="222"/>
        <source>%1 — StoreLens</source>
        <translation>%1 — StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="223"/>
        <source>StoreLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="232"/>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="253"/>
        <source>Workspace not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="254"/>
        <source>The workspace could not be opened. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::ui::RecentFiles</name>
    <message>
        <location filename="../ui/shell/RecentFiles.cpp" line="96"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/RecentFiles.cpp" line="102"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/RecentFiles.cpp" line="106"/>
        <source>Clear Recent Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storelens::ui::SummaryPage</name>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="93"/>
        <source>New Workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="95"/>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="97"/>
        <location filename="../ui/shell/SummaryPage.cpp" line="122"/>
        <source>Open the Sample Store</source>
        <translation>Beispielgeschäft öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="104"/>
        <source>No workspace is open. A workspace keeps the sales, customers and products of one business in a single file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="107"/>
        <source>Welcome to StoreLens</source>
        <translation>Willkommen bei StoreLens</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="120"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="128"/>
        <source>This workspace has no orders yet. Import your till or web shop export with File › Import…, or open the sample store.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Bestellungen. Importieren Sie den Export Ihrer Kasse oder Ihres Webshops mit Datei › Importieren… oder öffnen Sie das Beispielgeschäft.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="132"/>
        <source>No orders yet</source>
        <translation>Noch keine Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="157"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="157"/>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="157"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="158"/>
        <source>Sales</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="159"/>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="160"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="161"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="162"/>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="163"/>
        <source>Orders and customers</source>
        <translation>Bestellungen und Kunden</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="164"/>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="165"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="166"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="167"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="168"/>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="169"/>
        <source>Other data</source>
        <translation>Weitere Daten</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="170"/>
        <source>Store traffic rows</source>
        <translation>Zeilen Kundenfrequenz</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="171"/>
        <source>Staffing rows</source>
        <translation>Zeilen Personaleinsatz</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="172"/>
        <source>Inventory rows</source>
        <translation>Zeilen Lagerbestand</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="173"/>
        <source>Marketing spend rows</source>
        <translation>Zeilen Marketingausgaben</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="229"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/shell/SummaryPage.cpp" line="243"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>storelens::ui::TaskProgressBar</name>
    <message>
        <location filename="../ui/common/TaskProgressBar.cpp" line="14"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressBar.cpp" line="30"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>storelens::ui::WorkspaceController</name>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="41"/>
        <source>The existing file could not be replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="131"/>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="202"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="205"/>
        <source>Preparing the sample store…</source>
        <translation>Das Beispielgeschäft wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceController.cpp" line="208"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
