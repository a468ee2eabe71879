"""Contains all the data models used in inputs/outputs.

Imported lazily (PEP 562): a model module is imported on first access, so importing
one endpoint module does not import the whole spec's models.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .a_criterion_for_routing_http_traffic_to_a_component import (
        ACriterionForRoutingHTTPTrafficToAComponent,
    )
    from .a_step_that_is_run_as_part_of_the_deployments_lifecycle import (
        AStepThatIsRunAsPartOfTheDeploymentsLifecycle,
    )
    from .a_step_that_is_run_as_part_of_the_deployments_lifecycle_steps_item import (
        AStepThatIsRunAsPartOfTheDeploymentsLifecycleStepsItem,
    )
    from .accelerator_config_spec import AcceleratorConfigSpec
    from .accelerator_config_spec_status import AcceleratorConfigSpecStatus
    from .access_key import AccessKey
    from .access_key_create_request import AccessKeyCreateRequest
    from .access_key_create_response import AccessKeyCreateResponse
    from .access_point_action_response import AccessPointActionResponse
    from .access_point_get_response import AccessPointGetResponse
    from .access_point_list_response import AccessPointListResponse
    from .access_point_request import AccessPointRequest
    from .access_point_response import AccessPointResponse
    from .access_point_response_status import AccessPointResponseStatus
    from .access_policy import AccessPolicy
    from .access_policy_protocols_item import AccessPolicyProtocolsItem
    from .access_policy_squash_config import AccessPolicySquashConfig
    from .account import Account
    from .account_get_response_200 import AccountGetResponse200
    from .account_status import AccountStatus
    from .account_team import AccountTeam
    from .action import Action
    from .action_link import ActionLink
    from .action_status import ActionStatus
    from .actions_get_response_200 import ActionsGetResponse200
    from .actions_list_response_200 import ActionsListResponse200
    from .addons_app_info import AddonsAppInfo
    from .addons_app_metadata import AddonsAppMetadata
    from .addons_app_metadata_type import AddonsAppMetadataType
    from .addons_create_response_200 import AddonsCreateResponse200
    from .addons_dimension_volume_with_price import AddonsDimensionVolumeWithPrice
    from .addons_dimension_with_price import AddonsDimensionWithPrice
    from .addons_feature import AddonsFeature
    from .addons_feature_type import AddonsFeatureType
    from .addons_feature_unit import AddonsFeatureUnit
    from .addons_get_app_metadata_response_200 import AddonsGetAppMetadataResponse200
    from .addons_get_app_response_200 import AddonsGetAppResponse200
    from .addons_get_response_200 import AddonsGetResponse200
    from .addons_list_response_200 import AddonsListResponse200
    from .addons_patch_body import AddonsPatchBody
    from .addons_patch_plan_body import AddonsPatchPlanBody
    from .addons_patch_plan_response_200 import AddonsPatchPlanResponse200
    from .addons_patch_response_200 import AddonsPatchResponse200
    from .addons_plan import AddonsPlan
    from .addons_plan_state import AddonsPlanState
    from .addons_resource import AddonsResource
    from .addons_resource_metadata import AddonsResourceMetadata
    from .addons_resource_new import AddonsResourceNew
    from .addons_resource_state import AddonsResourceState
    from .affected_resource import AffectedResource
    from .alert import Alert
    from .alert_base import AlertBase
    from .alert_policy import AlertPolicy
    from .alert_policy_compare import AlertPolicyCompare
    from .alert_policy_request import AlertPolicyRequest
    from .alert_policy_request_compare import AlertPolicyRequestCompare
    from .alert_policy_request_type import AlertPolicyRequestType
    from .alert_policy_request_window import AlertPolicyRequestWindow
    from .alert_policy_type import AlertPolicyType
    from .alert_policy_window import AlertPolicyWindow
    from .alert_updatable import AlertUpdatable
    from .alert_updatable_comparison import AlertUpdatableComparison
    from .alert_updatable_period import AlertUpdatablePeriod
    from .alert_updatable_type import AlertUpdatableType
    from .alerts import Alerts
    from .amd_gpu_device_metrics_exporter_plugin_type_0 import (
        AmdGpuDeviceMetricsExporterPluginType0,
    )
    from .amd_gpu_device_plugin_type_0 import AmdGpuDevicePluginType0
    from .an_app_deployment import AnAppDeployment
    from .api_agent import ApiAgent
    from .api_agent_api_key import ApiAgentAPIKey
    from .api_agent_api_key_info import ApiAgentAPIKeyInfo
    from .api_agent_chatbot_identifier import ApiAgentChatbotIdentifier
    from .api_agent_child_relationship_verion import ApiAgentChildRelationshipVerion
    from .api_agent_function import ApiAgentFunction
    from .api_agent_function_input_schema import ApiAgentFunctionInputSchema
    from .api_agent_function_output_schema import ApiAgentFunctionOutputSchema
    from .api_agent_function_version import ApiAgentFunctionVersion
    from .api_agent_guardrail import ApiAgentGuardrail
    from .api_agent_guardrail_input import ApiAgentGuardrailInput
    from .api_agent_guardrail_metadata import ApiAgentGuardrailMetadata
    from .api_agent_guardrail_version import ApiAgentGuardrailVersion
    from .api_agent_knowledge_base_version import ApiAgentKnowledgeBaseVersion
    from .api_agent_logging_config import ApiAgentLoggingConfig
    from .api_agent_public import ApiAgentPublic
    from .api_agent_span import ApiAgentSpan
    from .api_agent_template import ApiAgentTemplate
    from .api_agent_template_guardrail import ApiAgentTemplateGuardrail
    from .api_agent_template_type import ApiAgentTemplateType
    from .api_agent_type import ApiAgentType
    from .api_agent_version import ApiAgentVersion
    from .api_agreement import ApiAgreement
    from .api_anthropic_api_key_info import ApiAnthropicAPIKeyInfo
    from .api_associated_model_evaluation_preset import (
        ApiAssociatedModelEvaluationPreset,
    )
    from .api_audit_header import ApiAuditHeader
    from .api_aws_data_source import ApiAWSDataSource
    from .api_aws_data_source_display import ApiAWSDataSourceDisplay
    from .api_batch_job_phase import ApiBatchJobPhase
    from .api_cancel_knowledge_base_indexing_job_input_public import (
        ApiCancelKnowledgeBaseIndexingJobInputPublic,
    )
    from .api_cancel_knowledge_base_indexing_job_output import (
        ApiCancelKnowledgeBaseIndexingJobOutput,
    )
    from .api_cancel_model_evaluation_run_input_public import (
        ApiCancelModelEvaluationRunInputPublic,
    )
    from .api_cancel_model_evaluation_run_output import (
        ApiCancelModelEvaluationRunOutput,
    )
    from .api_candidate_inference_config import ApiCandidateInferenceConfig
    from .api_candidate_model_source import ApiCandidateModelSource
    from .api_chatbot import ApiChatbot
    from .api_chunking_algorithm import ApiChunkingAlgorithm
    from .api_chunking_options import ApiChunkingOptions
    from .api_code_snippets import ApiCodeSnippets
    from .api_crawling_option import ApiCrawlingOption
    from .api_create_agent_api_key_input_public import ApiCreateAgentAPIKeyInputPublic
    from .api_create_agent_api_key_output import ApiCreateAgentAPIKeyOutput
    from .api_create_agent_input_public import ApiCreateAgentInputPublic
    from .api_create_agent_output import ApiCreateAgentOutput
    from .api_create_anthropic_api_key_input_public import (
        ApiCreateAnthropicAPIKeyInputPublic,
    )
    from .api_create_anthropic_api_key_output import ApiCreateAnthropicAPIKeyOutput
    from .api_create_custom_evaluation_metric_input_public import (
        ApiCreateCustomEvaluationMetricInputPublic,
    )
    from .api_create_custom_evaluation_metric_output import (
        ApiCreateCustomEvaluationMetricOutput,
    )
    from .api_create_data_source_file_upload_presigned_urls_input_public import (
        ApiCreateDataSourceFileUploadPresignedUrlsInputPublic,
    )
    from .api_create_data_source_file_upload_presigned_urls_output import (
        ApiCreateDataSourceFileUploadPresignedUrlsOutput,
    )
    from .api_create_evaluation_dataset_input_public import (
        ApiCreateEvaluationDatasetInputPublic,
    )
    from .api_create_evaluation_dataset_output import ApiCreateEvaluationDatasetOutput
    from .api_create_evaluation_test_case_input_public import (
        ApiCreateEvaluationTestCaseInputPublic,
    )
    from .api_create_evaluation_test_case_output import (
        ApiCreateEvaluationTestCaseOutput,
    )
    from .api_create_knowledge_base_data_source_input_public import (
        ApiCreateKnowledgeBaseDataSourceInputPublic,
    )
    from .api_create_knowledge_base_data_source_output import (
        ApiCreateKnowledgeBaseDataSourceOutput,
    )
    from .api_create_knowledge_base_input_public import (
        ApiCreateKnowledgeBaseInputPublic,
    )
    from .api_create_knowledge_base_output import ApiCreateKnowledgeBaseOutput
    from .api_create_model_api_key_input_public import ApiCreateModelAPIKeyInputPublic
    from .api_create_model_eval_dataset_upload_presigned_urls_input_public import (
        ApiCreateModelEvalDatasetUploadPresignedUrlsInputPublic,
    )
    from .api_create_model_evaluation_run_input_public import (
        ApiCreateModelEvaluationRunInputPublic,
    )
    from .api_create_model_evaluation_run_output import (
        ApiCreateModelEvaluationRunOutput,
    )
    from .api_create_model_router_input_public import ApiCreateModelRouterInputPublic
    from .api_create_model_router_output import ApiCreateModelRouterOutput
    from .api_create_open_aiapi_key_input_public import ApiCreateOpenAIAPIKeyInputPublic
    from .api_create_open_aiapi_key_output import ApiCreateOpenAIAPIKeyOutput
    from .api_create_scheduled_indexing_input_public import (
        ApiCreateScheduledIndexingInputPublic,
    )
    from .api_create_scheduled_indexing_output import ApiCreateScheduledIndexingOutput
    from .api_create_workspace_input_public import ApiCreateWorkspaceInputPublic
    from .api_create_workspace_output import ApiCreateWorkspaceOutput
    from .api_custom_evaluation_metric_config import ApiCustomEvaluationMetricConfig
    from .api_custom_model import ApiCustomModel
    from .api_custom_model_config_json import ApiCustomModelConfigJson
    from .api_custom_model_import_job import ApiCustomModelImportJob
    from .api_custom_model_status import ApiCustomModelStatus
    from .api_delete_agent_api_key_output import ApiDeleteAgentAPIKeyOutput
    from .api_delete_agent_output import ApiDeleteAgentOutput
    from .api_delete_anthropic_api_key_output import ApiDeleteAnthropicAPIKeyOutput
    from .api_delete_custom_evaluation_metric_output import (
        ApiDeleteCustomEvaluationMetricOutput,
    )
    from .api_delete_custom_model_output_public import ApiDeleteCustomModelOutputPublic
    from .api_delete_custom_model_status import ApiDeleteCustomModelStatus
    from .api_delete_evaluation_dataset_output import ApiDeleteEvaluationDatasetOutput
    from .api_delete_knowledge_base_data_source_output import (
        ApiDeleteKnowledgeBaseDataSourceOutput,
    )
    from .api_delete_knowledge_base_output import ApiDeleteKnowledgeBaseOutput
    from .api_delete_model_api_key_output import ApiDeleteModelAPIKeyOutput
    from .api_delete_model_evaluation_preset_output import (
        ApiDeleteModelEvaluationPresetOutput,
    )
    from .api_delete_model_evaluation_run_output_public import (
        ApiDeleteModelEvaluationRunOutputPublic,
    )
    from .api_delete_model_evaluation_run_status import (
        ApiDeleteModelEvaluationRunStatus,
    )
    from .api_delete_model_router_output import ApiDeleteModelRouterOutput
    from .api_delete_open_aiapi_key_output import ApiDeleteOpenAIAPIKeyOutput
    from .api_delete_scheduled_indexing_output import ApiDeleteScheduledIndexingOutput
    from .api_delete_workspace_output import ApiDeleteWorkspaceOutput
    from .api_deployment import ApiDeployment
    from .api_deployment_status import ApiDeploymentStatus
    from .api_deployment_visibility import ApiDeploymentVisibility
    from .api_dropbox_data_source import ApiDropboxDataSource
    from .api_dropbox_data_source_display import ApiDropboxDataSourceDisplay
    from .api_dropbox_oauth_2_get_tokens_input import ApiDropboxOauth2GetTokensInput
    from .api_dropbox_oauth_2_get_tokens_output import ApiDropboxOauth2GetTokensOutput
    from .api_evaluation_dataset import ApiEvaluationDataset
    from .api_evaluation_dataset_type import ApiEvaluationDatasetType
    from .api_evaluation_metric import ApiEvaluationMetric
    from .api_evaluation_metric_category import ApiEvaluationMetricCategory
    from .api_evaluation_metric_result import ApiEvaluationMetricResult
    from .api_evaluation_metric_result_status import ApiEvaluationMetricResultStatus
    from .api_evaluation_metric_source import ApiEvaluationMetricSource
    from .api_evaluation_metric_type import ApiEvaluationMetricType
    from .api_evaluation_metric_value_type import ApiEvaluationMetricValueType
    from .api_evaluation_pricing import ApiEvaluationPricing
    from .api_evaluation_run import ApiEvaluationRun
    from .api_evaluation_run_status import ApiEvaluationRunStatus
    from .api_evaluation_scope import ApiEvaluationScope
    from .api_evaluation_test_case import ApiEvaluationTestCase
    from .api_evaluation_test_case_metric_list import ApiEvaluationTestCaseMetricList
    from .api_evaluation_trace_span import ApiEvaluationTraceSpan
    from .api_evaluation_trace_span_input import ApiEvaluationTraceSpanInput
    from .api_evaluation_trace_span_output import ApiEvaluationTraceSpanOutput
    from .api_file_presigned_url_response import ApiFilePresignedUrlResponse
    from .api_file_upload_data_source import ApiFileUploadDataSource
    from .api_generate_oauth_2url_output import ApiGenerateOauth2URLOutput
    from .api_get_agent_output import ApiGetAgentOutput
    from .api_get_agent_usage_output import ApiGetAgentUsageOutput
    from .api_get_anthropic_api_key_output import ApiGetAnthropicAPIKeyOutput
    from .api_get_children_output import ApiGetChildrenOutput
    from .api_get_custom_model_output_public import ApiGetCustomModelOutputPublic
    from .api_get_evaluation_dataset_download_url_output import (
        ApiGetEvaluationDatasetDownloadURLOutput,
    )
    from .api_get_evaluation_run_output import ApiGetEvaluationRunOutput
    from .api_get_evaluation_run_prompt_results_output import (
        ApiGetEvaluationRunPromptResultsOutput,
    )
    from .api_get_evaluation_run_results_output import ApiGetEvaluationRunResultsOutput
    from .api_get_evaluation_test_case_output import ApiGetEvaluationTestCaseOutput
    from .api_get_indexing_job_details_signed_url_output import (
        ApiGetIndexingJobDetailsSignedURLOutput,
    )
    from .api_get_knowledge_base_indexing_job_output import (
        ApiGetKnowledgeBaseIndexingJobOutput,
    )
    from .api_get_knowledge_base_output import ApiGetKnowledgeBaseOutput
    from .api_get_model_catalog_card_output import ApiGetModelCatalogCardOutput
    from .api_get_model_evaluation_preset_output import (
        ApiGetModelEvaluationPresetOutput,
    )
    from .api_get_model_evaluation_run_output import ApiGetModelEvaluationRunOutput
    from .api_get_model_evaluation_run_results_download_url_output import (
        ApiGetModelEvaluationRunResultsDownloadURLOutput,
    )
    from .api_get_model_router_output import ApiGetModelRouterOutput
    from .api_get_open_aiapi_key_output import ApiGetOpenAIAPIKeyOutput
    from .api_get_scheduled_indexing_output import ApiGetScheduledIndexingOutput
    from .api_get_workspace_output import ApiGetWorkspaceOutput
    from .api_google_drive_data_source import ApiGoogleDriveDataSource
    from .api_google_drive_data_source_display import ApiGoogleDriveDataSourceDisplay
    from .api_guardrail_type import ApiGuardrailType
    from .api_import_custom_model_input_public import ApiImportCustomModelInputPublic
    from .api_import_custom_model_output_public import ApiImportCustomModelOutputPublic
    from .api_import_validation_step import ApiImportValidationStep
    from .api_index_job_status import ApiIndexJobStatus
    from .api_indexed_data_source import ApiIndexedDataSource
    from .api_indexed_data_source_status import ApiIndexedDataSourceStatus
    from .api_indexing_job import ApiIndexingJob
    from .api_kb_data_source import ApiKBDataSource
    from .api_knowledge_base import ApiKnowledgeBase
    from .api_knowledge_base_data_source import ApiKnowledgeBaseDataSource
    from .api_latency_metrics import ApiLatencyMetrics
    from .api_link_agent_function_input_public import ApiLinkAgentFunctionInputPublic
    from .api_link_agent_function_input_public_input_schema import (
        ApiLinkAgentFunctionInputPublicInputSchema,
    )
    from .api_link_agent_function_input_public_output_schema import (
        ApiLinkAgentFunctionInputPublicOutputSchema,
    )
    from .api_link_agent_function_output import ApiLinkAgentFunctionOutput
    from .api_link_agent_guardrail_output import ApiLinkAgentGuardrailOutput
    from .api_link_agent_guardrails_input_public import (
        ApiLinkAgentGuardrailsInputPublic,
    )
    from .api_link_agent_input_public import ApiLinkAgentInputPublic
    from .api_link_agent_output import ApiLinkAgentOutput
    from .api_link_knowledge_base_output import ApiLinkKnowledgeBaseOutput
    from .api_links import ApiLinks
    from .api_list_agent_api_keys_output import ApiListAgentAPIKeysOutput
    from .api_list_agent_versions_output import ApiListAgentVersionsOutput
    from .api_list_agents_by_anthropic_key_output import (
        ApiListAgentsByAnthropicKeyOutput,
    )
    from .api_list_agents_by_open_ai_key_output import ApiListAgentsByOpenAIKeyOutput
    from .api_list_agents_by_workspace_output import ApiListAgentsByWorkspaceOutput
    from .api_list_agents_output_public import ApiListAgentsOutputPublic
    from .api_list_anthropic_api_keys_output import ApiListAnthropicAPIKeysOutput
    from .api_list_custom_models_output_public import ApiListCustomModelsOutputPublic
    from .api_list_evaluation_datasets_output import ApiListEvaluationDatasetsOutput
    from .api_list_evaluation_metrics_output import ApiListEvaluationMetricsOutput
    from .api_list_evaluation_runs_by_test_case_output import (
        ApiListEvaluationRunsByTestCaseOutput,
    )
    from .api_list_evaluation_test_cases_by_workspace_output import (
        ApiListEvaluationTestCasesByWorkspaceOutput,
    )
    from .api_list_evaluation_test_cases_output import ApiListEvaluationTestCasesOutput
    from .api_list_indexing_job_data_sources_output import (
        ApiListIndexingJobDataSourcesOutput,
    )
    from .api_list_knowledge_base_data_sources_output import (
        ApiListKnowledgeBaseDataSourcesOutput,
    )
    from .api_list_knowledge_base_indexing_jobs_output import (
        ApiListKnowledgeBaseIndexingJobsOutput,
    )
    from .api_list_knowledge_bases_output import ApiListKnowledgeBasesOutput
    from .api_list_model_api_keys_output import ApiListModelAPIKeysOutput
    from .api_list_model_catalog_output import ApiListModelCatalogOutput
    from .api_list_model_evaluation_metrics_output import (
        ApiListModelEvaluationMetricsOutput,
    )
    from .api_list_model_evaluation_presets_output import (
        ApiListModelEvaluationPresetsOutput,
    )
    from .api_list_model_evaluation_runs_output import ApiListModelEvaluationRunsOutput
    from .api_list_model_router_presets_output import ApiListModelRouterPresetsOutput
    from .api_list_model_router_task_presets_output import (
        ApiListModelRouterTaskPresetsOutput,
    )
    from .api_list_model_routers_output import ApiListModelRoutersOutput
    from .api_list_models_output_public import ApiListModelsOutputPublic
    from .api_list_open_aiapi_keys_output import ApiListOpenAIAPIKeysOutput
    from .api_list_regions_output import ApiListRegionsOutput
    from .api_list_workspaces_output import ApiListWorkspacesOutput
    from .api_llm_span import ApiLLMSpan
    from .api_llm_span_tools_item import ApiLLMSpanToolsItem
    from .api_mcp_server import ApiMcpServer
    from .api_mcp_server_headers import ApiMcpServerHeaders
    from .api_meta import ApiMeta
    from .api_metric_result_summary import ApiMetricResultSummary
    from .api_model import ApiModel
    from .api_model_api_key_info import ApiModelAPIKeyInfo
    from .api_model_benchmark_score import ApiModelBenchmarkScore
    from .api_model_billing_mode import ApiModelBillingMode
    from .api_model_catalog_card import ApiModelCatalogCard
    from .api_model_catalog_card_benchmark_score import (
        ApiModelCatalogCardBenchmarkScore,
    )
    from .api_model_catalog_entry import ApiModelCatalogEntry
    from .api_model_catalog_entry_benchmark_score import (
        ApiModelCatalogEntryBenchmarkScore,
    )
    from .api_model_endpoint import ApiModelEndpoint
    from .api_model_evaluation_preset import ApiModelEvaluationPreset
    from .api_model_evaluation_result import ApiModelEvaluationResult
    from .api_model_evaluation_run_detail import ApiModelEvaluationRunDetail
    from .api_model_evaluation_run_progress import ApiModelEvaluationRunProgress
    from .api_model_evaluation_run_result_summary import (
        ApiModelEvaluationRunResultSummary,
    )
    from .api_model_evaluation_run_status import ApiModelEvaluationRunStatus
    from .api_model_evaluation_run_summary import ApiModelEvaluationRunSummary
    from .api_model_metadata import ApiModelMetadata
    from .api_model_modalities import ApiModelModalities
    from .api_model_pricing import ApiModelPricing
    from .api_model_pricing_detail import ApiModelPricingDetail
    from .api_model_pricing_entry import ApiModelPricingEntry
    from .api_model_pricing_interval import ApiModelPricingInterval
    from .api_model_pricing_tier import ApiModelPricingTier
    from .api_model_pricing_variant import ApiModelPricingVariant
    from .api_model_provider import ApiModelProvider
    from .api_model_provider_key_info import ApiModelProviderKeyInfo
    from .api_model_public import ApiModelPublic
    from .api_model_public_benchmark_score import ApiModelPublicBenchmarkScore
    from .api_model_router import ApiModelRouter
    from .api_model_router_config import ApiModelRouterConfig
    from .api_model_router_preset import ApiModelRouterPreset
    from .api_model_router_selection_policy import ApiModelRouterSelectionPolicy
    from .api_model_router_task_details import ApiModelRouterTaskDetails
    from .api_model_router_task_policy import ApiModelRouterTaskPolicy
    from .api_model_router_task_preset import ApiModelRouterTaskPreset
    from .api_model_scaled_pricing import ApiModelScaledPricing
    from .api_model_setting import ApiModelSetting
    from .api_model_usecase import ApiModelUsecase
    from .api_model_version import ApiModelVersion
    from .api_move_agents_to_workspace_input_public import (
        ApiMoveAgentsToWorkspaceInputPublic,
    )
    from .api_move_agents_to_workspace_output import ApiMoveAgentsToWorkspaceOutput
    from .api_open_aiapi_key_info import ApiOpenAIAPIKeyInfo
    from .api_open_search_plan_size import ApiOpenSearchPlanSize
    from .api_pages import ApiPages
    from .api_per_model_result_summaries import ApiPerModelResultSummaries
    from .api_per_model_result_summary import ApiPerModelResultSummary
    from .api_per_task_result_summaries import ApiPerTaskResultSummaries
    from .api_per_task_result_summary import ApiPerTaskResultSummary
    from .api_performance_metrics import ApiPerformanceMetrics
    from .api_preset_save_section import ApiPresetSaveSection
    from .api_presigned_url_file import ApiPresignedUrlFile
    from .api_prompt import ApiPrompt
    from .api_prompt_chunk import ApiPromptChunk
    from .api_regenerate_agent_api_key_output import ApiRegenerateAgentAPIKeyOutput
    from .api_regenerate_model_api_key_output import ApiRegenerateModelAPIKeyOutput
    from .api_reranking_configuration import ApiRerankingConfiguration
    from .api_resource_usage import ApiResourceUsage
    from .api_retrieval_method import ApiRetrievalMethod
    from .api_retriever_span import ApiRetrieverSpan
    from .api_rollback_to_agent_version_input_public import (
        ApiRollbackToAgentVersionInputPublic,
    )
    from .api_rollback_to_agent_version_output import ApiRollbackToAgentVersionOutput
    from .api_run_evaluation_test_case_input_public import (
        ApiRunEvaluationTestCaseInputPublic,
    )
    from .api_run_evaluation_test_case_output import ApiRunEvaluationTestCaseOutput
    from .api_scheduled_indexing_info import ApiScheduledIndexingInfo
    from .api_spaces_data_source import ApiSpacesDataSource
    from .api_span_common import ApiSpanCommon
    from .api_span_common_metadata import ApiSpanCommonMetadata
    from .api_star_metric import ApiStarMetric
    from .api_star_metric_summary import ApiStarMetricSummary
    from .api_start_knowledge_base_indexing_job_input_public import (
        ApiStartKnowledgeBaseIndexingJobInputPublic,
    )
    from .api_start_knowledge_base_indexing_job_output import (
        ApiStartKnowledgeBaseIndexingJobOutput,
    )
    from .api_token_pricing import ApiTokenPricing
    from .api_token_usage import ApiTokenUsage
    from .api_tool_span import ApiToolSpan
    from .api_trace_span import ApiTraceSpan
    from .api_trace_span_input import ApiTraceSpanInput
    from .api_trace_span_output import ApiTraceSpanOutput
    from .api_trace_span_type import ApiTraceSpanType
    from .api_unlink_agent_function_output import ApiUnlinkAgentFunctionOutput
    from .api_unlink_agent_guardrail_output import ApiUnlinkAgentGuardrailOutput
    from .api_unlink_agent_output import ApiUnlinkAgentOutput
    from .api_unlink_knowledge_base_output import ApiUnlinkKnowledgeBaseOutput
    from .api_update_agent_api_key_input_public import ApiUpdateAgentAPIKeyInputPublic
    from .api_update_agent_api_key_output import ApiUpdateAgentAPIKeyOutput
    from .api_update_agent_deployment_visbility_output import (
        ApiUpdateAgentDeploymentVisbilityOutput,
    )
    from .api_update_agent_deployment_visibility_input_public import (
        ApiUpdateAgentDeploymentVisibilityInputPublic,
    )
    from .api_update_agent_function_input_public import (
        ApiUpdateAgentFunctionInputPublic,
    )
    from .api_update_agent_function_input_public_input_schema import (
        ApiUpdateAgentFunctionInputPublicInputSchema,
    )
    from .api_update_agent_function_input_public_output_schema import (
        ApiUpdateAgentFunctionInputPublicOutputSchema,
    )
    from .api_update_agent_function_output import ApiUpdateAgentFunctionOutput
    from .api_update_agent_input_public import ApiUpdateAgentInputPublic
    from .api_update_agent_output import ApiUpdateAgentOutput
    from .api_update_anthropic_api_key_input_public import (
        ApiUpdateAnthropicAPIKeyInputPublic,
    )
    from .api_update_anthropic_api_key_output import ApiUpdateAnthropicAPIKeyOutput
    from .api_update_custom_evaluation_metric_input_public import (
        ApiUpdateCustomEvaluationMetricInputPublic,
    )
    from .api_update_custom_evaluation_metric_output import (
        ApiUpdateCustomEvaluationMetricOutput,
    )
    from .api_update_custom_model_metadata_input_public import (
        ApiUpdateCustomModelMetadataInputPublic,
    )
    from .api_update_custom_model_metadata_output_public import (
        ApiUpdateCustomModelMetadataOutputPublic,
    )
    from .api_update_evaluation_test_case_input_public import (
        ApiUpdateEvaluationTestCaseInputPublic,
    )
    from .api_update_evaluation_test_case_output import (
        ApiUpdateEvaluationTestCaseOutput,
    )
    from .api_update_knowledge_base_data_source_input_public import (
        ApiUpdateKnowledgeBaseDataSourceInputPublic,
    )
    from .api_update_knowledge_base_data_source_output import (
        ApiUpdateKnowledgeBaseDataSourceOutput,
    )
    from .api_update_knowledge_base_input_public import (
        ApiUpdateKnowledgeBaseInputPublic,
    )
    from .api_update_knowledge_base_output import ApiUpdateKnowledgeBaseOutput
    from .api_update_linked_agent_input_public import ApiUpdateLinkedAgentInputPublic
    from .api_update_linked_agent_output import ApiUpdateLinkedAgentOutput
    from .api_update_model_api_key_input_public import ApiUpdateModelAPIKeyInputPublic
    from .api_update_model_api_key_output import ApiUpdateModelAPIKeyOutput
    from .api_update_model_evaluation_run_input_public import (
        ApiUpdateModelEvaluationRunInputPublic,
    )
    from .api_update_model_evaluation_run_output import (
        ApiUpdateModelEvaluationRunOutput,
    )
    from .api_update_model_router_input_public import ApiUpdateModelRouterInputPublic
    from .api_update_model_router_input_public_fallback_models_item import (
        ApiUpdateModelRouterInputPublicFallbackModelsItem,
    )
    from .api_update_model_router_output import ApiUpdateModelRouterOutput
    from .api_update_open_aiapi_key_input_public import ApiUpdateOpenAIAPIKeyInputPublic
    from .api_update_open_aiapi_key_output import ApiUpdateOpenAIAPIKeyOutput
    from .api_update_workspace_input_public import ApiUpdateWorkspaceInputPublic
    from .api_update_workspace_output import ApiUpdateWorkspaceOutput
    from .api_usage_measurement import ApiUsageMeasurement
    from .api_web_crawler_data_source import ApiWebCrawlerDataSource
    from .api_workflow_span import ApiWorkflowSpan
    from .api_workspace import ApiWorkspace
    from .app import App
    from .app_alert import AppAlert
    from .app_alert_phase import AppAlertPhase
    from .app_alert_progress import AppAlertProgress
    from .app_alert_progress_step import AppAlertProgressStep
    from .app_alert_progress_step_reason import AppAlertProgressStepReason
    from .app_alert_progress_step_status import AppAlertProgressStepStatus
    from .app_alert_slack_webhook import AppAlertSlackWebhook
    from .app_alert_spec import AppAlertSpec
    from .app_alert_spec_operator import AppAlertSpecOperator
    from .app_alert_spec_rule import AppAlertSpecRule
    from .app_alert_spec_window import AppAlertSpecWindow
    from .app_autoscaling_spec import AppAutoscalingSpec
    from .app_autoscaling_spec_metrics import AppAutoscalingSpecMetrics
    from .app_autoscaling_spec_metrics_cpu import AppAutoscalingSpecMetricsCpu
    from .app_autoscaling_spec_service import AppAutoscalingSpecService
    from .app_autoscaling_spec_service_metrics import AppAutoscalingSpecServiceMetrics
    from .app_autoscaling_spec_service_metrics_request_duration import (
        AppAutoscalingSpecServiceMetricsRequestDuration,
    )
    from .app_autoscaling_spec_service_metrics_requests_per_second import (
        AppAutoscalingSpecServiceMetricsRequestsPerSecond,
    )
    from .app_component_base import AppComponentBase
    from .app_component_health import AppComponentHealth
    from .app_component_health_state import AppComponentHealthState
    from .app_component_instance_base import AppComponentInstanceBase
    from .app_component_instance_base_deprecated import (
        AppComponentInstanceBaseDeprecated,
    )
    from .app_component_instance_base_size_slug import AppComponentInstanceBaseSizeSlug
    from .app_database_spec import AppDatabaseSpec
    from .app_database_spec_engine import AppDatabaseSpecEngine
    from .app_domain_spec import AppDomainSpec
    from .app_domain_spec_minimum_tls_version import AppDomainSpecMinimumTlsVersion
    from .app_domain_spec_type import AppDomainSpecType
    from .app_domain_validation import AppDomainValidation
    from .app_egress_spec import AppEgressSpec
    from .app_event import AppEvent
    from .app_event_autoscaling import AppEventAutoscaling
    from .app_event_autoscaling_components import AppEventAutoscalingComponents
    from .app_event_autoscaling_components_additional_property import (
        AppEventAutoscalingComponentsAdditionalProperty,
    )
    from .app_event_autoscaling_phase import AppEventAutoscalingPhase
    from .app_event_type import AppEventType
    from .app_events import AppEvents
    from .app_functions_component_health import AppFunctionsComponentHealth
    from .app_functions_component_health_functions_component_health_metrics_item import (
        AppFunctionsComponentHealthFunctionsComponentHealthMetricsItem,
    )
    from .app_functions_spec import AppFunctionsSpec
    from .app_functions_spec_cors import AppFunctionsSpecCors
    from .app_health import AppHealth
    from .app_health_check_spec import AppHealthCheckSpec
    from .app_health_response import AppHealthResponse
    from .app_ingress_spec import AppIngressSpec
    from .app_ingress_spec_rule import AppIngressSpecRule
    from .app_ingress_spec_rule_match import AppIngressSpecRuleMatch
    from .app_ingress_spec_rule_routing_component import (
        AppIngressSpecRuleRoutingComponent,
    )
    from .app_ingress_spec_rule_routing_redirect import (
        AppIngressSpecRuleRoutingRedirect,
    )
    from .app_ingress_spec_rule_string_match_exact import (
        AppIngressSpecRuleStringMatchExact,
    )
    from .app_ingress_spec_rule_string_match_prefix import (
        AppIngressSpecRuleStringMatchPrefix,
    )
    from .app_instance import AppInstance
    from .app_instance_component_type import AppInstanceComponentType
    from .app_instances import AppInstances
    from .app_job_invocation import AppJobInvocation
    from .app_job_invocation_phase import AppJobInvocationPhase
    from .app_job_invocation_the_job_invocation_trigger import (
        AppJobInvocationTheJobInvocationTrigger,
    )
    from .app_job_invocation_the_job_invocation_trigger_manual import (
        AppJobInvocationTheJobInvocationTriggerManual,
    )
    from .app_job_invocation_the_job_invocation_trigger_manual_user import (
        AppJobInvocationTheJobInvocationTriggerManualUser,
    )
    from .app_job_invocation_the_job_invocation_trigger_scheduled import (
        AppJobInvocationTheJobInvocationTriggerScheduled,
    )
    from .app_job_invocation_the_job_invocation_trigger_scheduled_schedule import (
        AppJobInvocationTheJobInvocationTriggerScheduledSchedule,
    )
    from .app_job_invocation_the_job_invocation_trigger_type import (
        AppJobInvocationTheJobInvocationTriggerType,
    )
    from .app_job_invocations import AppJobInvocations
    from .app_job_spec import AppJobSpec
    from .app_job_spec_kind import AppJobSpecKind
    from .app_job_spec_termination import AppJobSpecTermination
    from .app_log_destination_datadog_spec import AppLogDestinationDatadogSpec
    from .app_log_destination_logtail_spec import AppLogDestinationLogtailSpec
    from .app_log_destination_open_search_spec import AppLogDestinationOpenSearchSpec
    from .app_log_destination_open_search_spec_basic_auth import (
        AppLogDestinationOpenSearchSpecBasicAuth,
    )
    from .app_log_destination_papertrail_spec import AppLogDestinationPapertrailSpec
    from .app_maintenance_spec import AppMaintenanceSpec
    from .app_metrics_bandwidth_usage import AppMetricsBandwidthUsage
    from .app_metrics_bandwidth_usage_details import AppMetricsBandwidthUsageDetails
    from .app_metrics_bandwidth_usage_request import AppMetricsBandwidthUsageRequest
    from .app_pending_deployment import AppPendingDeployment
    from .app_pinned_deployment import AppPinnedDeployment
    from .app_propose import AppPropose
    from .app_propose_response import AppProposeResponse
    from .app_response import AppResponse
    from .app_rollback_validation_condition import AppRollbackValidationCondition
    from .app_rollback_validation_condition_code import (
        AppRollbackValidationConditionCode,
    )
    from .app_service_spec import AppServiceSpec
    from .app_service_spec_cors import AppServiceSpecCors
    from .app_service_spec_health_check import AppServiceSpecHealthCheck
    from .app_service_spec_protocol import AppServiceSpecProtocol
    from .app_service_spec_termination import AppServiceSpecTermination
    from .app_spec import AppSpec
    from .app_spec_region import AppSpecRegion
    from .app_static_site_spec import AppStaticSiteSpec
    from .app_static_site_spec_cors import AppStaticSiteSpecCors
    from .app_variable_definition import AppVariableDefinition
    from .app_variable_definition_scope import AppVariableDefinitionScope
    from .app_variable_definition_type import AppVariableDefinitionType
    from .app_worker_spec import AppWorkerSpec
    from .app_worker_spec_termination import AppWorkerSpecTermination
    from .apps_alert_response import AppsAlertResponse
    from .apps_assign_app_alert_destinations_request import (
        AppsAssignAppAlertDestinationsRequest,
    )
    from .apps_bitbucket_source_spec import AppsBitbucketSourceSpec
    from .apps_cancel_event_response_200 import AppsCancelEventResponse200
    from .apps_cors_policy import AppsCorsPolicy
    from .apps_create_accept import AppsCreateAccept
    from .apps_create_app_request import AppsCreateAppRequest
    from .apps_create_content_type import AppsCreateContentType
    from .apps_create_deployment_request import AppsCreateDeploymentRequest
    from .apps_dedicated_egress_ip import AppsDedicatedEgressIp
    from .apps_delete_app_response import AppsDeleteAppResponse
    from .apps_deployment_functions import AppsDeploymentFunctions
    from .apps_deployment_job import AppsDeploymentJob
    from .apps_deployment_phase import AppsDeploymentPhase
    from .apps_deployment_progress import AppsDeploymentProgress
    from .apps_deployment_progress_step_reason import AppsDeploymentProgressStepReason
    from .apps_deployment_progress_step_status import AppsDeploymentProgressStepStatus
    from .apps_deployment_response import AppsDeploymentResponse
    from .apps_deployment_service import AppsDeploymentService
    from .apps_deployment_static_site import AppsDeploymentStaticSite
    from .apps_deployment_worker import AppsDeploymentWorker
    from .apps_deployments_response import AppsDeploymentsResponse
    from .apps_domain import AppsDomain
    from .apps_domain_phase import AppsDomainPhase
    from .apps_domain_progress import AppsDomainProgress
    from .apps_domain_progress_steps_item import AppsDomainProgressStepsItem
    from .apps_get_event_logs_type import AppsGetEventLogsType
    from .apps_get_event_response_200 import AppsGetEventResponse200
    from .apps_get_exec_response import AppsGetExecResponse
    from .apps_get_instance_size_response import AppsGetInstanceSizeResponse
    from .apps_get_job_invocation_logs_type import AppsGetJobInvocationLogsType
    from .apps_get_logs_active_deployment_aggregate_type import (
        AppsGetLogsActiveDeploymentAggregateType,
    )
    from .apps_get_logs_active_deployment_type import AppsGetLogsActiveDeploymentType
    from .apps_get_logs_aggregate_type import AppsGetLogsAggregateType
    from .apps_get_logs_response import AppsGetLogsResponse
    from .apps_get_logs_type import AppsGetLogsType
    from .apps_git_source_spec import AppsGitSourceSpec
    from .apps_github_source_spec import AppsGithubSourceSpec
    from .apps_gitlab_source_spec import AppsGitlabSourceSpec
    from .apps_image_source_spec import AppsImageSourceSpec
    from .apps_image_source_spec_deploy_on_push import AppsImageSourceSpecDeployOnPush
    from .apps_image_source_spec_registry_type import AppsImageSourceSpecRegistryType
    from .apps_instance_size import AppsInstanceSize
    from .apps_list_alerts_response import AppsListAlertsResponse
    from .apps_list_deployments_deployment_types_item import (
        AppsListDeploymentsDeploymentTypesItem,
    )
    from .apps_list_events_event_types_item import AppsListEventsEventTypesItem
    from .apps_list_instance_sizes_response import AppsListInstanceSizesResponse
    from .apps_list_regions_response import AppsListRegionsResponse
    from .apps_response import AppsResponse
    from .apps_restart_request import AppsRestartRequest
    from .apps_rollback_app_request import AppsRollbackAppRequest
    from .apps_string_match import AppsStringMatch
    from .apps_update_app_request import AppsUpdateAppRequest
    from .apps_validate_rollback_response_200 import AppsValidateRollbackResponse200
    from .apps_validate_rollback_response_200_error import (
        AppsValidateRollbackResponse200Error,
    )
    from .apps_vpc import AppsVpc
    from .apps_vpc_egress_ip import AppsVpcEgressIp
    from .assign_droplets_by_id import AssignDropletsByID
    from .assign_droplets_by_tag import AssignDropletsByTag
    from .associated_kubernetes_resource import AssociatedKubernetesResource
    from .associated_kubernetes_resources import AssociatedKubernetesResources
    from .associated_resource import AssociatedResource
    from .associated_resource_status import AssociatedResourceStatus
    from .associated_resource_status_resources import AssociatedResourceStatusResources
    from .async_invoke_request import AsyncInvokeRequest
    from .async_invoke_request_input import AsyncInvokeRequestInput
    from .async_invoke_request_tags_type_0_item import AsyncInvokeRequestTagsType0Item
    from .async_invoke_response import AsyncInvokeResponse
    from .async_invoke_response_output_type_0 import AsyncInvokeResponseOutputType0
    from .async_invoke_response_status import AsyncInvokeResponseStatus
    from .autoscale_pool import AutoscalePool
    from .autoscale_pool_create import AutoscalePoolCreate
    from .autoscale_pool_droplet_template import AutoscalePoolDropletTemplate
    from .autoscale_pool_droplet_template_region import (
        AutoscalePoolDropletTemplateRegion,
    )
    from .autoscale_pool_dynamic_config import AutoscalePoolDynamicConfig
    from .autoscale_pool_static_config import AutoscalePoolStaticConfig
    from .autoscale_pool_status import AutoscalePoolStatus
    from .autoscalepools_create_response_202 import AutoscalepoolsCreateResponse202
    from .autoscalepools_get_response_200 import AutoscalepoolsGetResponse200
    from .autoscalepools_list_history_response_200 import (
        AutoscalepoolsListHistoryResponse200,
    )
    from .autoscalepools_list_members_response_200 import (
        AutoscalepoolsListMembersResponse200,
    )
    from .autoscalepools_list_response_200 import AutoscalepoolsListResponse200
    from .autoscalepools_update_response_200 import AutoscalepoolsUpdateResponse200
    from .backup import Backup
    from .backward_links import BackwardLinks
    from .balance import Balance
    from .batch import Batch
    from .batch_completion_window import BatchCompletionWindow
    from .batch_create_request import BatchCreateRequest
    from .batch_create_request_completion_window import (
        BatchCreateRequestCompletionWindow,
    )
    from .batch_create_request_endpoint import BatchCreateRequestEndpoint
    from .batch_create_request_metadata_type_0 import BatchCreateRequestMetadataType0
    from .batch_create_request_provider import BatchCreateRequestProvider
    from .batch_errors_type_0_item import BatchErrorsType0Item
    from .batch_file_create_request import BatchFileCreateRequest
    from .batch_file_create_response import BatchFileCreateResponse
    from .batch_list_response import BatchListResponse
    from .batch_list_response_object import BatchListResponseObject
    from .batch_metadata_type_0 import BatchMetadataType0
    from .batch_provider import BatchProvider
    from .batch_request_counts import BatchRequestCounts
    from .batch_results_response import BatchResultsResponse
    from .batch_status import BatchStatus
    from .bgp import BGP
    from .bgp_bgp import BGPBgp
    from .billing_address import BillingAddress
    from .billing_data_point import BillingDataPoint
    from .billing_history import BillingHistory
    from .billing_history_list_response_200 import BillingHistoryListResponse200
    from .billing_history_type import BillingHistoryType
    from .billing_insights_list_response_200 import BillingInsightsListResponse200
    from .byoip_prefix import ByoipPrefix
    from .byoip_prefix_create import ByoipPrefixCreate
    from .byoip_prefix_resource import ByoipPrefixResource
    from .byoip_prefix_update import ByoipPrefixUpdate
    from .byoip_prefix_validations_item import ByoipPrefixValidationsItem
    from .byoip_prefixes_create_response_202 import ByoipPrefixesCreateResponse202
    from .byoip_prefixes_get_response_200 import ByoipPrefixesGetResponse200
    from .byoip_prefixes_list_resources_response_200 import (
        ByoipPrefixesListResourcesResponse200,
    )
    from .byoip_prefixes_list_response_200 import ByoipPrefixesListResponse200
    from .byoip_prefixes_patch_response_202 import ByoipPrefixesPatchResponse202
    from .ca import Ca
    from .cdn_create_endpoint_response_201 import CdnCreateEndpointResponse201
    from .cdn_endpoint import CdnEndpoint
    from .cdn_endpoint_ttl import CdnEndpointTtl
    from .cdn_get_endpoint_response_200 import CdnGetEndpointResponse200
    from .cdn_list_endpoints_response_200 import CdnListEndpointsResponse200
    from .cdn_update_endpoints_response_200 import CdnUpdateEndpointsResponse200
    from .certificate import Certificate
    from .certificate_create_base import CertificateCreateBase
    from .certificate_create_base_type import CertificateCreateBaseType
    from .certificate_state import CertificateState
    from .certificate_type import CertificateType
    from .certificates_create_response_201 import CertificatesCreateResponse201
    from .certificates_get_response_200 import CertificatesGetResponse200
    from .certificates_list_response_200 import CertificatesListResponse200
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choices_item import ChatCompletionChunkChoicesItem
    from .chat_completion_chunk_choices_item_finish_reason import (
        ChatCompletionChunkChoicesItemFinishReason,
    )
    from .chat_completion_chunk_choices_item_logprobs_type_0 import (
        ChatCompletionChunkChoicesItemLogprobsType0,
    )
    from .chat_completion_chunk_object import ChatCompletionChunkObject
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_request_logit_bias_type_0 import (
        ChatCompletionRequestLogitBiasType0,
    )
    from .chat_completion_request_metadata_type_0 import (
        ChatCompletionRequestMetadataType0,
    )
    from .chat_completion_request_reasoning_effort import (
        ChatCompletionRequestReasoningEffort,
    )
    from .chat_completion_request_stream_options_type_0 import (
        ChatCompletionRequestStreamOptionsType0,
    )
    from .chat_completion_request_tool_choice_type_0 import (
        ChatCompletionRequestToolChoiceType0,
    )
    from .chat_completion_request_tool_choice_type_1 import (
        ChatCompletionRequestToolChoiceType1,
    )
    from .chat_completion_request_tool_choice_type_1_function import (
        ChatCompletionRequestToolChoiceType1Function,
    )
    from .chat_completion_request_tool_choice_type_1_type import (
        ChatCompletionRequestToolChoiceType1Type,
    )
    from .chat_completion_response import ChatCompletionResponse
    from .chat_completion_response_choices_item import ChatCompletionResponseChoicesItem
    from .chat_completion_response_choices_item_finish_reason import (
        ChatCompletionResponseChoicesItemFinishReason,
    )
    from .chat_completion_response_choices_item_logprobs_type_0 import (
        ChatCompletionResponseChoicesItemLogprobsType0,
    )
    from .chat_completion_response_choices_item_message import (
        ChatCompletionResponseChoicesItemMessage,
    )
    from .chat_completion_response_choices_item_message_role import (
        ChatCompletionResponseChoicesItemMessageRole,
    )
    from .chat_completion_response_choices_item_message_tool_calls_item import (
        ChatCompletionResponseChoicesItemMessageToolCallsItem,
    )
    from .chat_completion_response_choices_item_message_tool_calls_item_function import (
        ChatCompletionResponseChoicesItemMessageToolCallsItemFunction,
    )
    from .chat_completion_response_choices_item_message_tool_calls_item_type import (
        ChatCompletionResponseChoicesItemMessageToolCallsItemType,
    )
    from .chat_completion_response_object import ChatCompletionResponseObject
    from .chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta
    from .chat_completion_stream_response_delta_role import (
        ChatCompletionStreamResponseDeltaRole,
    )
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_call import ChatCompletionToolCall
    from .chat_completion_tool_call_chunk import ChatCompletionToolCallChunk
    from .chat_completion_tool_call_chunk_function import (
        ChatCompletionToolCallChunkFunction,
    )
    from .chat_completion_tool_call_chunk_type import ChatCompletionToolCallChunkType
    from .chat_completion_tool_call_function import ChatCompletionToolCallFunction
    from .chat_completion_tool_call_type import ChatCompletionToolCallType
    from .chat_completion_tool_type import ChatCompletionToolType
    from .chat_completion_top_logprob_item import ChatCompletionTopLogprobItem
    from .chat_message import ChatMessage
    from .chat_message_role import ChatMessageRole
    from .check import Check
    from .check_base import CheckBase
    from .check_updatable import CheckUpdatable
    from .check_updatable_regions_item import CheckUpdatableRegionsItem
    from .check_updatable_type import CheckUpdatableType
    from .cluster import Cluster
    from .cluster_autoscaler_configuration_type_0 import (
        ClusterAutoscalerConfigurationType0,
    )
    from .cluster_autoscaler_configuration_type_0_expanders_item import (
        ClusterAutoscalerConfigurationType0ExpandersItem,
    )
    from .cluster_read import ClusterRead
    from .cluster_read_status import ClusterReadStatus
    from .cluster_read_status_state import ClusterReadStatusState
    from .cluster_registries import ClusterRegistries
    from .cluster_registry import ClusterRegistry
    from .cluster_status import ClusterStatus
    from .cluster_status_state import ClusterStatusState
    from .cluster_update import ClusterUpdate
    from .clusterlint_request import ClusterlintRequest
    from .clusterlint_results import ClusterlintResults
    from .clusterlint_results_diagnostics_item import ClusterlintResultsDiagnosticsItem
    from .clusterlint_results_diagnostics_item_object import (
        ClusterlintResultsDiagnosticsItemObject,
    )
    from .completion_usage import CompletionUsage
    from .completion_usage_cache_creation import CompletionUsageCacheCreation
    from .configurations_for_external_logging import ConfigurationsForExternalLogging
    from .connection_pool import ConnectionPool
    from .connection_pool_connection import ConnectionPoolConnection
    from .connection_pool_private_connection import ConnectionPoolPrivateConnection
    from .connection_pool_standby_connection import ConnectionPoolStandbyConnection
    from .connection_pool_standby_private_connection import (
        ConnectionPoolStandbyPrivateConnection,
    )
    from .connection_pool_update import ConnectionPoolUpdate
    from .connection_pools import ConnectionPools
    from .control_plane_firewall_type_0 import ControlPlaneFirewallType0
    from .coredns_autoscaler_type_0 import CorednsAutoscalerType0
    from .create_image_request import CreateImageRequest
    from .create_image_request_size import CreateImageRequestSize
    from .create_namespace import CreateNamespace
    from .create_response_request import CreateResponseRequest
    from .create_response_request_input_type_1_item import (
        CreateResponseRequestInputType1Item,
    )
    from .create_response_request_input_type_1_item_role import (
        CreateResponseRequestInputType1ItemRole,
    )
    from .create_response_request_metadata_type_0 import (
        CreateResponseRequestMetadataType0,
    )
    from .create_response_request_stream_options_type_0 import (
        CreateResponseRequestStreamOptionsType0,
    )
    from .create_response_request_tool_choice_type_0 import (
        CreateResponseRequestToolChoiceType0,
    )
    from .create_response_request_tool_choice_type_1 import (
        CreateResponseRequestToolChoiceType1,
    )
    from .create_response_request_tool_choice_type_1_function import (
        CreateResponseRequestToolChoiceType1Function,
    )
    from .create_response_request_tool_choice_type_1_type import (
        CreateResponseRequestToolChoiceType1Type,
    )
    from .create_response_request_tools_type_0_item import (
        CreateResponseRequestToolsType0Item,
    )
    from .create_response_request_tools_type_0_item_parameters import (
        CreateResponseRequestToolsType0ItemParameters,
    )
    from .create_response_request_tools_type_0_item_type import (
        CreateResponseRequestToolsType0ItemType,
    )
    from .create_response_response import CreateResponseResponse
    from .create_response_response_object import CreateResponseResponseObject
    from .create_response_response_output_item import CreateResponseResponseOutputItem
    from .create_response_response_output_item_content_item import (
        CreateResponseResponseOutputItemContentItem,
    )
    from .create_response_response_output_item_content_item_type import (
        CreateResponseResponseOutputItemContentItemType,
    )
    from .create_response_response_output_item_type import (
        CreateResponseResponseOutputItemType,
    )
    from .create_response_response_tools_type_0_item import (
        CreateResponseResponseToolsType0Item,
    )
    from .create_response_response_tools_type_0_item_parameters import (
        CreateResponseResponseToolsType0ItemParameters,
    )
    from .create_response_response_tools_type_0_item_type import (
        CreateResponseResponseToolsType0ItemType,
    )
    from .create_response_stream_response import CreateResponseStreamResponse
    from .create_response_stream_response_choices_item import (
        CreateResponseStreamResponseChoicesItem,
    )
    from .create_response_stream_response_choices_item_delta import (
        CreateResponseStreamResponseChoicesItemDelta,
    )
    from .create_response_stream_response_choices_item_delta_role import (
        CreateResponseStreamResponseChoicesItemDeltaRole,
    )
    from .create_response_stream_response_choices_item_delta_tool_calls_type_0_item import (
        CreateResponseStreamResponseChoicesItemDeltaToolCallsType0Item,
    )
    from .create_response_stream_response_choices_item_delta_tool_calls_type_0_item_function import (
        CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemFunction,
    )
    from .create_response_stream_response_choices_item_delta_tool_calls_type_0_item_type import (
        CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemType,
    )
    from .create_response_stream_response_choices_item_finish_reason import (
        CreateResponseStreamResponseChoicesItemFinishReason,
    )
    from .create_response_stream_response_choices_item_logprobs_type_0 import (
        CreateResponseStreamResponseChoicesItemLogprobsType0,
    )
    from .create_response_stream_response_object import (
        CreateResponseStreamResponseObject,
    )
    from .create_team import CreateTeam
    from .create_team_request import CreateTeamRequest
    from .create_trigger import CreateTrigger
    from .credentials import Credentials
    from .current_utilization import CurrentUtilization
    from .custom_certificate_request import CustomCertificateRequest
    from .custom_model_active_deployment import CustomModelActiveDeployment
    from .custom_model_active_deployment_endpoints import (
        CustomModelActiveDeploymentEndpoints,
    )
    from .custom_model_source_ref import CustomModelSourceRef
    from .custom_model_source_type import CustomModelSourceType
    from .custom_model_tags import CustomModelTags
    from .database import Database
    from .database_autoscale_params import DatabaseAutoscaleParams
    from .database_autoscale_params_storage import DatabaseAutoscaleParamsStorage
    from .database_backup import DatabaseBackup
    from .database_cluster import DatabaseCluster
    from .database_cluster_connection import DatabaseClusterConnection
    from .database_cluster_do_settings import DatabaseClusterDoSettings
    from .database_cluster_engine import DatabaseClusterEngine
    from .database_cluster_private_connection import DatabaseClusterPrivateConnection
    from .database_cluster_read import DatabaseClusterRead
    from .database_cluster_read_connection import DatabaseClusterReadConnection
    from .database_cluster_read_do_settings import DatabaseClusterReadDoSettings
    from .database_cluster_read_engine import DatabaseClusterReadEngine
    from .database_cluster_read_private_connection import (
        DatabaseClusterReadPrivateConnection,
    )
    from .database_cluster_read_schema_registry_connection import (
        DatabaseClusterReadSchemaRegistryConnection,
    )
    from .database_cluster_read_standby_connection import (
        DatabaseClusterReadStandbyConnection,
    )
    from .database_cluster_read_standby_private_connection import (
        DatabaseClusterReadStandbyPrivateConnection,
    )
    from .database_cluster_read_status import DatabaseClusterReadStatus
    from .database_cluster_read_ui_connection import DatabaseClusterReadUiConnection
    from .database_cluster_resize import DatabaseClusterResize
    from .database_cluster_schema_registry_connection import (
        DatabaseClusterSchemaRegistryConnection,
    )
    from .database_cluster_standby_connection import DatabaseClusterStandbyConnection
    from .database_cluster_standby_private_connection import (
        DatabaseClusterStandbyPrivateConnection,
    )
    from .database_cluster_status import DatabaseClusterStatus
    from .database_cluster_ui_connection import DatabaseClusterUiConnection
    from .database_config import DatabaseConfig
    from .database_connection import DatabaseConnection
    from .database_kafka_schema_create import DatabaseKafkaSchemaCreate
    from .database_kafka_schema_create_schema_type import (
        DatabaseKafkaSchemaCreateSchemaType,
    )
    from .database_layout_option import DatabaseLayoutOption
    from .database_layout_options import DatabaseLayoutOptions
    from .database_maintenance_window_type_0 import DatabaseMaintenanceWindowType0
    from .database_metrics_credentials import DatabaseMetricsCredentials
    from .database_region_options import DatabaseRegionOptions
    from .database_replica import DatabaseReplica
    from .database_replica_connection import DatabaseReplicaConnection
    from .database_replica_do_settings import DatabaseReplicaDoSettings
    from .database_replica_private_connection import DatabaseReplicaPrivateConnection
    from .database_replica_read import DatabaseReplicaRead
    from .database_replica_read_connection import DatabaseReplicaReadConnection
    from .database_replica_read_do_settings import DatabaseReplicaReadDoSettings
    from .database_replica_read_private_connection import (
        DatabaseReplicaReadPrivateConnection,
    )
    from .database_replica_read_status import DatabaseReplicaReadStatus
    from .database_replica_status import DatabaseReplicaStatus
    from .database_service_endpoint import DatabaseServiceEndpoint
    from .database_storage_autoscale_params import DatabaseStorageAutoscaleParams
    from .database_user import DatabaseUser
    from .database_user_role import DatabaseUserRole
    from .database_version_availability import DatabaseVersionAvailability
    from .database_version_options import DatabaseVersionOptions
    from .databases_add_connection_pool_response_201 import (
        DatabasesAddConnectionPoolResponse201,
    )
    from .databases_add_response_201 import DatabasesAddResponse201
    from .databases_add_user_body import DatabasesAddUserBody
    from .databases_add_user_response_201 import DatabasesAddUserResponse201
    from .databases_basic_auth_credentials import DatabasesBasicAuthCredentials
    from .databases_create_cluster_body import DatabasesCreateClusterBody
    from .databases_create_cluster_response_201 import DatabasesCreateClusterResponse201
    from .databases_create_kafka_topic_response_201 import (
        DatabasesCreateKafkaTopicResponse201,
    )
    from .databases_create_logsink_response_201 import DatabasesCreateLogsinkResponse201
    from .databases_create_replica_response_201 import DatabasesCreateReplicaResponse201
    from .databases_get_autoscale_response_200 import DatabasesGetAutoscaleResponse200
    from .databases_get_ca_response_200 import DatabasesGetCaResponse200
    from .databases_get_cluster_metrics_credentials_response_200 import (
        DatabasesGetClusterMetricsCredentialsResponse200,
    )
    from .databases_get_cluster_response_200 import DatabasesGetClusterResponse200
    from .databases_get_config_response_200 import DatabasesGetConfigResponse200
    from .databases_get_connection_pool_response_200 import (
        DatabasesGetConnectionPoolResponse200,
    )
    from .databases_get_do_settings_response_200 import (
        DatabasesGetDoSettingsResponse200,
    )
    from .databases_get_eviction_policy_response_200 import (
        DatabasesGetEvictionPolicyResponse200,
    )
    from .databases_get_kafka_schema_config_response_200 import (
        DatabasesGetKafkaSchemaConfigResponse200,
    )
    from .databases_get_kafka_schema_config_response_200_compatibility_level import (
        DatabasesGetKafkaSchemaConfigResponse200CompatibilityLevel,
    )
    from .databases_get_kafka_schema_subject_config_response_200 import (
        DatabasesGetKafkaSchemaSubjectConfigResponse200,
    )
    from .databases_get_kafka_schema_subject_config_response_200_compatibility_level import (
        DatabasesGetKafkaSchemaSubjectConfigResponse200CompatibilityLevel,
    )
    from .databases_get_kafka_topic_response_200 import (
        DatabasesGetKafkaTopicResponse200,
    )
    from .databases_get_replica_response_200 import DatabasesGetReplicaResponse200
    from .databases_get_response_200 import DatabasesGetResponse200
    from .databases_get_user_response_200 import DatabasesGetUserResponse200
    from .databases_list_backups_response_200 import DatabasesListBackupsResponse200
    from .databases_list_backups_response_200_scheduled_backup_time import (
        DatabasesListBackupsResponse200ScheduledBackupTime,
    )
    from .databases_list_clusters_response_200 import DatabasesListClustersResponse200
    from .databases_list_events_logs_response_200 import (
        DatabasesListEventsLogsResponse200,
    )
    from .databases_list_firewall_rules_response_200 import (
        DatabasesListFirewallRulesResponse200,
    )
    from .databases_list_kafka_schemas_response_200 import (
        DatabasesListKafkaSchemasResponse200,
    )
    from .databases_list_kafka_topics_response_200 import (
        DatabasesListKafkaTopicsResponse200,
    )
    from .databases_list_logsink_response_200 import DatabasesListLogsinkResponse200
    from .databases_list_opeasearch_indexes_response_200 import (
        DatabasesListOpeasearchIndexesResponse200,
    )
    from .databases_list_replicas_response_200 import DatabasesListReplicasResponse200
    from .databases_list_response_200 import DatabasesListResponse200
    from .databases_list_users_response_200 import DatabasesListUsersResponse200
    from .databases_reset_auth_body import DatabasesResetAuthBody
    from .databases_reset_auth_response_200 import DatabasesResetAuthResponse200
    from .databases_update_do_settings_body import DatabasesUpdateDoSettingsBody
    from .databases_update_eviction_policy_body import DatabasesUpdateEvictionPolicyBody
    from .databases_update_firewall_rules_body import DatabasesUpdateFirewallRulesBody
    from .databases_update_kafka_schema_config_body import (
        DatabasesUpdateKafkaSchemaConfigBody,
    )
    from .databases_update_kafka_schema_config_body_compatibility_level import (
        DatabasesUpdateKafkaSchemaConfigBodyCompatibilityLevel,
    )
    from .databases_update_kafka_schema_config_response_200 import (
        DatabasesUpdateKafkaSchemaConfigResponse200,
    )
    from .databases_update_kafka_schema_config_response_200_compatibility_level import (
        DatabasesUpdateKafkaSchemaConfigResponse200CompatibilityLevel,
    )
    from .databases_update_kafka_schema_subject_config_body import (
        DatabasesUpdateKafkaSchemaSubjectConfigBody,
    )
    from .databases_update_kafka_schema_subject_config_body_compatibility_level import (
        DatabasesUpdateKafkaSchemaSubjectConfigBodyCompatibilityLevel,
    )
    from .databases_update_kafka_schema_subject_config_response_200 import (
        DatabasesUpdateKafkaSchemaSubjectConfigResponse200,
    )
    from .databases_update_kafka_schema_subject_config_response_200_compatibility_level import (
        DatabasesUpdateKafkaSchemaSubjectConfigResponse200CompatibilityLevel,
    )
    from .databases_update_kafka_topic_response_200 import (
        DatabasesUpdateKafkaTopicResponse200,
    )
    from .databases_update_region_body import DatabasesUpdateRegionBody
    from .databases_update_user_body import DatabasesUpdateUserBody
    from .databases_update_user_response_201 import DatabasesUpdateUserResponse201
    from .datadog_logsink import DatadogLogsink
    from .dbaas_cluster_status import DbaasClusterStatus
    from .dedicated_inference import DedicatedInference
    from .dedicated_inference_accelerator import DedicatedInferenceAccelerator
    from .dedicated_inference_access_token import DedicatedInferenceAccessToken
    from .dedicated_inference_create_request import DedicatedInferenceCreateRequest
    from .dedicated_inference_create_request_access_tokens import (
        DedicatedInferenceCreateRequestAccessTokens,
    )
    from .dedicated_inference_endpoints import DedicatedInferenceEndpoints
    from .dedicated_inference_gpu_model_config import DedicatedInferenceGpuModelConfig
    from .dedicated_inference_gpu_model_configs_response import (
        DedicatedInferenceGpuModelConfigsResponse,
    )
    from .dedicated_inference_size import DedicatedInferenceSize
    from .dedicated_inference_sizes_response import DedicatedInferenceSizesResponse
    from .dedicated_inference_spec import DedicatedInferenceSpec
    from .dedicated_inference_spec_region import DedicatedInferenceSpecRegion
    from .dedicated_inference_spec_vpc import DedicatedInferenceSpecVpc
    from .dedicated_inference_status import DedicatedInferenceStatus
    from .dedicated_inference_token_create_request import (
        DedicatedInferenceTokenCreateRequest,
    )
    from .dedicated_inference_update_request import DedicatedInferenceUpdateRequest
    from .dedicated_inference_update_request_access_tokens import (
        DedicatedInferenceUpdateRequestAccessTokens,
    )
    from .dedicated_inferences_create_response_202 import (
        DedicatedInferencesCreateResponse202,
    )
    from .dedicated_inferences_create_tokens_response_202 import (
        DedicatedInferencesCreateTokensResponse202,
    )
    from .dedicated_inferences_get_ca_response_200 import (
        DedicatedInferencesGetCaResponse200,
    )
    from .dedicated_inferences_get_response_200 import DedicatedInferencesGetResponse200
    from .dedicated_inferences_list_accelerators_response_200 import (
        DedicatedInferencesListAcceleratorsResponse200,
    )
    from .dedicated_inferences_list_region import DedicatedInferencesListRegion
    from .dedicated_inferences_list_response_200 import (
        DedicatedInferencesListResponse200,
    )
    from .dedicated_inferences_list_response_200_links import (
        DedicatedInferencesListResponse200Links,
    )
    from .dedicated_inferences_list_response_200_links_pages import (
        DedicatedInferencesListResponse200LinksPages,
    )
    from .dedicated_inferences_list_response_200_meta import (
        DedicatedInferencesListResponse200Meta,
    )
    from .dedicated_inferences_list_tokens_response_200 import (
        DedicatedInferencesListTokensResponse200,
    )
    from .dedicated_inferences_patch_response_202 import (
        DedicatedInferencesPatchResponse202,
    )
    from .destination import Destination
    from .destination_omit_credentials import DestinationOmitCredentials
    from .destination_omit_credentials_type import DestinationOmitCredentialsType
    from .destination_request import DestinationRequest
    from .destination_request_type import DestinationRequestType
    from .destination_type import DestinationType
    from .destroy_associated_kubernetes_resources import (
        DestroyAssociatedKubernetesResources,
    )
    from .destroyed_associated_resource import DestroyedAssociatedResource
    from .disk_info import DiskInfo
    from .disk_info_size import DiskInfoSize
    from .disk_info_type import DiskInfoType
    from .distribution import Distribution
    from .do_settings import DoSettings
    from .docker_credentials import DockerCredentials
    from .docker_credentials_auths import DockerCredentialsAuths
    from .docker_credentials_auths_registry_digitalocean_com import (
        DockerCredentialsAuthsRegistryDigitaloceanCom,
    )
    from .domain import Domain
    from .domain_record import DomainRecord
    from .domain_record_a import DomainRecordA
    from .domain_record_aaaa import DomainRecordAaaa
    from .domain_record_caa import DomainRecordCaa
    from .domain_record_cname import DomainRecordCname
    from .domain_record_mx import DomainRecordMx
    from .domain_record_ns import DomainRecordNs
    from .domain_record_soa import DomainRecordSoa
    from .domain_record_srv import DomainRecordSrv
    from .domain_record_txt import DomainRecordTxt
    from .domains import Domains
    from .domains_create_record_response_201 import DomainsCreateRecordResponse201
    from .domains_create_response_201 import DomainsCreateResponse201
    from .domains_get_record_response_200 import DomainsGetRecordResponse200
    from .domains_get_response_200 import DomainsGetResponse200
    from .domains_list_records_response_200 import DomainsListRecordsResponse200
    from .domains_list_records_type import DomainsListRecordsType
    from .domains_list_response_200 import DomainsListResponse200
    from .domains_patch_record_response_200 import DomainsPatchRecordResponse200
    from .domains_update_record_response_200 import DomainsUpdateRecordResponse200
    from .droplet import Droplet
    from .droplet_action import DropletAction
    from .droplet_action_change_backup_policy import DropletActionChangeBackupPolicy
    from .droplet_action_change_backup_policy_backup_policy import (
        DropletActionChangeBackupPolicyBackupPolicy,
    )
    from .droplet_action_change_kernel import DropletActionChangeKernel
    from .droplet_action_enable_backups import DropletActionEnableBackups
    from .droplet_action_enable_backups_backup_policy import (
        DropletActionEnableBackupsBackupPolicy,
    )
    from .droplet_action_rebuild import DropletActionRebuild
    from .droplet_action_rename import DropletActionRename
    from .droplet_action_resize import DropletActionResize
    from .droplet_action_restore import DropletActionRestore
    from .droplet_action_snapshot import DropletActionSnapshot
    from .droplet_action_type import DropletActionType
    from .droplet_actions_get_response_200 import DropletActionsGetResponse200
    from .droplet_actions_list_response_200 import DropletActionsListResponse200
    from .droplet_actions_post_by_tag_response_201 import (
        DropletActionsPostByTagResponse201,
    )
    from .droplet_actions_post_response_201 import DropletActionsPostResponse201
    from .droplet_backup_policy import DropletBackupPolicy
    from .droplet_backup_policy_hour import DropletBackupPolicyHour
    from .droplet_backup_policy_plan import DropletBackupPolicyPlan
    from .droplet_backup_policy_record import DropletBackupPolicyRecord
    from .droplet_backup_policy_record_backup_policy import (
        DropletBackupPolicyRecordBackupPolicy,
    )
    from .droplet_backup_policy_weekday import DropletBackupPolicyWeekday
    from .droplet_create import DropletCreate
    from .droplet_create_backup_policy import DropletCreateBackupPolicy
    from .droplet_image import DropletImage
    from .droplet_networks import DropletNetworks
    from .droplet_next_backup_window_type_0 import DropletNextBackupWindowType0
    from .droplet_snapshot import DropletSnapshot
    from .droplet_snapshot_type import DropletSnapshotType
    from .droplet_status import DropletStatus
    from .droplets_create_multiple_droplet_response import (
        DropletsCreateMultipleDropletResponse,
    )
    from .droplets_create_multiple_droplet_response_links import (
        DropletsCreateMultipleDropletResponseLinks,
    )
    from .droplets_create_single_droplet_response import (
        DropletsCreateSingleDropletResponse,
    )
    from .droplets_create_single_droplet_response_links import (
        DropletsCreateSingleDropletResponseLinks,
    )
    from .droplets_get_backup_policy_response_200 import (
        DropletsGetBackupPolicyResponse200,
    )
    from .droplets_get_response_200 import DropletsGetResponse200
    from .droplets_list_associated_resources_response_200 import (
        DropletsListAssociatedResourcesResponse200,
    )
    from .droplets_list_backup_policies_response_200 import (
        DropletsListBackupPoliciesResponse200,
    )
    from .droplets_list_backup_policies_response_200_policies import (
        DropletsListBackupPoliciesResponse200Policies,
    )
    from .droplets_list_backups_response_200 import DropletsListBackupsResponse200
    from .droplets_list_firewalls_response_200 import DropletsListFirewallsResponse200
    from .droplets_list_kernels_response_200 import DropletsListKernelsResponse200
    from .droplets_list_neighbors_response_200 import DropletsListNeighborsResponse200
    from .droplets_list_response_200 import DropletsListResponse200
    from .droplets_list_snapshots_response_200 import DropletsListSnapshotsResponse200
    from .droplets_list_supported_backup_policies_response_200 import (
        DropletsListSupportedBackupPoliciesResponse200,
    )
    from .droplets_list_type import DropletsListType
    from .elasticsearch_logsink import ElasticsearchLogsink
    from .embedding_data_item import EmbeddingDataItem
    from .embedding_data_item_object import EmbeddingDataItemObject
    from .embeddings_request import EmbeddingsRequest
    from .embeddings_request_encoding_format import EmbeddingsRequestEncodingFormat
    from .embeddings_response import EmbeddingsResponse
    from .embeddings_response_object import EmbeddingsResponseObject
    from .embeddings_usage import EmbeddingsUsage
    from .error import Error
    from .error_with_root_causes import ErrorWithRootCauses
    from .events_logs import EventsLogs
    from .events_logs_event_type import EventsLogsEventType
    from .eviction_policy_model import EvictionPolicyModel
    from .firewall import Firewall
    from .firewall_pending_changes_item import FirewallPendingChangesItem
    from .firewall_rule import FirewallRule
    from .firewall_rule_base import FirewallRuleBase
    from .firewall_rule_base_protocol import FirewallRuleBaseProtocol
    from .firewall_rule_target import FirewallRuleTarget
    from .firewall_rule_type import FirewallRuleType
    from .firewall_rules import FirewallRules
    from .firewall_rules_inbound_rules_type_0_item import (
        FirewallRulesInboundRulesType0Item,
    )
    from .firewall_rules_inbound_rules_type_0_item_sources import (
        FirewallRulesInboundRulesType0ItemSources,
    )
    from .firewall_rules_outbound_rules_type_0_item import (
        FirewallRulesOutboundRulesType0Item,
    )
    from .firewall_rules_outbound_rules_type_0_item_destinations import (
        FirewallRulesOutboundRulesType0ItemDestinations,
    )
    from .firewall_status import FirewallStatus
    from .firewalls_add_rules_body import FirewallsAddRulesBody
    from .firewalls_add_tags_body import FirewallsAddTagsBody
    from .firewalls_assign_droplets_body import FirewallsAssignDropletsBody
    from .firewalls_create_body import FirewallsCreateBody
    from .firewalls_create_response_202 import FirewallsCreateResponse202
    from .firewalls_delete_droplets_body import FirewallsDeleteDropletsBody
    from .firewalls_delete_rules_body import FirewallsDeleteRulesBody
    from .firewalls_delete_tags_body import FirewallsDeleteTagsBody
    from .firewalls_get_response_200 import FirewallsGetResponse200
    from .firewalls_list_response_200 import FirewallsListResponse200
    from .firewalls_update_body import FirewallsUpdateBody
    from .firewalls_update_response_200 import FirewallsUpdateResponse200
    from .floating_i_ps_action import FloatingIPsAction
    from .floating_i_ps_action_get_response_200 import FloatingIPsActionGetResponse200
    from .floating_i_ps_action_get_response_200_action import (
        FloatingIPsActionGetResponse200Action,
    )
    from .floating_i_ps_action_list_response_200 import FloatingIPsActionListResponse200
    from .floating_i_ps_action_post_response_201 import FloatingIPsActionPostResponse201
    from .floating_i_ps_action_post_response_201_action import (
        FloatingIPsActionPostResponse201Action,
    )
    from .floating_i_ps_action_type import FloatingIPsActionType
    from .floating_i_ps_create_response_202 import FloatingIPsCreateResponse202
    from .floating_i_ps_create_response_202_links import (
        FloatingIPsCreateResponse202Links,
    )
    from .floating_i_ps_get_response_200 import FloatingIPsGetResponse200
    from .floating_i_ps_list_response_200 import FloatingIPsListResponse200
    from .floating_ip import FloatingIp
    from .floating_ip_action_assign import FloatingIpActionAssign
    from .floating_ip_action_unassign import FloatingIpActionUnassign
    from .floating_ip_create_type_0 import FloatingIpCreateType0
    from .floating_ip_create_type_1 import FloatingIpCreateType1
    from .floating_ip_null import FloatingIpNull
    from .floating_ip_region import FloatingIpRegion
    from .forward_links import ForwardLinks
    from .forwarding_rule import ForwardingRule
    from .forwarding_rule_entry_protocol import ForwardingRuleEntryProtocol
    from .forwarding_rule_target_protocol import ForwardingRuleTargetProtocol
    from .function_object import FunctionObject
    from .function_object_parameters import FunctionObjectParameters
    from .functions_access_key_create_response_201 import (
        FunctionsAccessKeyCreateResponse201,
    )
    from .functions_access_key_delete_response_200 import (
        FunctionsAccessKeyDeleteResponse200,
    )
    from .functions_access_key_list_response_200 import (
        FunctionsAccessKeyListResponse200,
    )
    from .functions_access_key_update_body import FunctionsAccessKeyUpdateBody
    from .functions_access_key_update_response_200 import (
        FunctionsAccessKeyUpdateResponse200,
    )
    from .functions_create_namespace_response_200 import (
        FunctionsCreateNamespaceResponse200,
    )
    from .functions_create_trigger_response_200 import FunctionsCreateTriggerResponse200
    from .functions_get_namespace_response_200 import FunctionsGetNamespaceResponse200
    from .functions_get_trigger_response_200 import FunctionsGetTriggerResponse200
    from .functions_list_namespaces_response_200 import (
        FunctionsListNamespacesResponse200,
    )
    from .functions_list_triggers_response_200 import FunctionsListTriggersResponse200
    from .functions_update_trigger_response_200 import FunctionsUpdateTriggerResponse200
    from .garbage_collection import GarbageCollection
    from .garbage_collection_status import GarbageCollectionStatus
    from .genai_list_custom_models_status import GenaiListCustomModelsStatus
    from .genai_list_evaluation_datasets_dataset_type import (
        GenaiListEvaluationDatasetsDatasetType,
    )
    from .genai_list_model_evaluation_runs_candidate_types_item import (
        GenaiListModelEvaluationRunsCandidateTypesItem,
    )
    from .genai_list_model_evaluation_runs_sort_by import (
        GenaiListModelEvaluationRunsSortBy,
    )
    from .genai_list_model_evaluation_runs_sort_direction import (
        GenaiListModelEvaluationRunsSortDirection,
    )
    from .genai_list_model_evaluation_runs_status import (
        GenaiListModelEvaluationRunsStatus,
    )
    from .genai_list_model_evaluation_runs_statuses_item import (
        GenaiListModelEvaluationRunsStatusesItem,
    )
    from .genai_list_models_usecases_item import GenaiListModelsUsecasesItem
    from .genaiapi_region import GenaiapiRegion
    from .generated_image import GeneratedImage
    from .geographical_information_about_an_app_origin import (
        GeographicalInformationAboutAnAppOrigin,
    )
    from .glb_settings import GlbSettings
    from .glb_settings_cdn import GlbSettingsCdn
    from .glb_settings_region_priorities import GlbSettingsRegionPriorities
    from .glb_settings_target_protocol import GlbSettingsTargetProtocol
    from .gpu_info import GpuInfo
    from .gpu_info_vram import GpuInfoVram
    from .grant import Grant
    from .health_check import HealthCheck
    from .health_check_protocol import HealthCheckProtocol
    from .history import History
    from .history_reason import HistoryReason
    from .history_status import HistoryStatus
    from .image import Image
    from .image_action_base import ImageActionBase
    from .image_action_base_type import ImageActionBaseType
    from .image_action_transfer import ImageActionTransfer
    from .image_actions_list_response_200 import ImageActionsListResponse200
    from .image_gen_partial_image_event import ImageGenPartialImageEvent
    from .image_gen_partial_image_event_background import (
        ImageGenPartialImageEventBackground,
    )
    from .image_gen_partial_image_event_output_format import (
        ImageGenPartialImageEventOutputFormat,
    )
    from .image_gen_partial_image_event_quality import ImageGenPartialImageEventQuality
    from .image_gen_partial_image_event_size import ImageGenPartialImageEventSize
    from .image_gen_partial_image_event_type import ImageGenPartialImageEventType
    from .image_new_custom import ImageNewCustom
    from .image_status import ImageStatus
    from .image_type import ImageType
    from .image_update import ImageUpdate
    from .images_create_custom_response_202 import ImagesCreateCustomResponse202
    from .images_get_response_200 import ImagesGetResponse200
    from .images_list_response_200 import ImagesListResponse200
    from .images_list_type import ImagesListType
    from .images_post_account_transfer_accept import ImagesPostAccountTransferAccept
    from .images_post_account_transfer_cancel import ImagesPostAccountTransferCancel
    from .images_post_account_transfer_create_response_201 import (
        ImagesPostAccountTransferCreateResponse201,
    )
    from .images_post_account_transfer_decline import ImagesPostAccountTransferDecline
    from .images_response import ImagesResponse
    from .images_update_response_200 import ImagesUpdateResponse200
    from .images_usage import ImagesUsage
    from .images_usage_input_tokens_details import ImagesUsageInputTokensDetails
    from .inference_list_batches_status import InferenceListBatchesStatus
    from .invoice_item import InvoiceItem
    from .invoice_preview import InvoicePreview
    from .invoice_summary import InvoiceSummary
    from .invoice_summary_credits_and_adjustments import (
        InvoiceSummaryCreditsAndAdjustments,
    )
    from .invoice_summary_overages import InvoiceSummaryOverages
    from .invoice_summary_product_charges import InvoiceSummaryProductCharges
    from .invoice_summary_taxes import InvoiceSummaryTaxes
    from .invoice_summary_user_billing_address import InvoiceSummaryUserBillingAddress
    from .invoices_get_by_uuid_response_200 import InvoicesGetByUuidResponse200
    from .invoices_list_response_200 import InvoicesListResponse200
    from .kafka_advanced_config import KafkaAdvancedConfig
    from .kafka_advanced_config_compression_type import (
        KafkaAdvancedConfigCompressionType,
    )
    from .kafka_advanced_config_log_cleanup_policy import (
        KafkaAdvancedConfigLogCleanupPolicy,
    )
    from .kafka_advanced_config_log_message_timestamp_type import (
        KafkaAdvancedConfigLogMessageTimestampType,
    )
    from .kafka_schema_verbose import KafkaSchemaVerbose
    from .kafka_schema_verbose_schema_type import KafkaSchemaVerboseSchemaType
    from .kafka_schema_version_verbose import KafkaSchemaVersionVerbose
    from .kafka_schema_version_verbose_schema_type import (
        KafkaSchemaVersionVerboseSchemaType,
    )
    from .kafka_topic import KafkaTopic
    from .kafka_topic_base import KafkaTopicBase
    from .kafka_topic_config import KafkaTopicConfig
    from .kafka_topic_config_cleanup_policy import KafkaTopicConfigCleanupPolicy
    from .kafka_topic_config_compression_type import KafkaTopicConfigCompressionType
    from .kafka_topic_config_message_format_version import (
        KafkaTopicConfigMessageFormatVersion,
    )
    from .kafka_topic_config_message_timestamp_type import (
        KafkaTopicConfigMessageTimestampType,
    )
    from .kafka_topic_create import KafkaTopicCreate
    from .kafka_topic_partition import KafkaTopicPartition
    from .kafka_topic_partition_consumer_groups_type_0_item import (
        KafkaTopicPartitionConsumerGroupsType0Item,
    )
    from .kafka_topic_state import KafkaTopicState
    from .kafka_topic_update import KafkaTopicUpdate
    from .kafka_topic_verbose import KafkaTopicVerbose
    from .kafka_topic_verbose_state import KafkaTopicVerboseState
    from .kernel_type_0 import KernelType0
    from .key import Key
    from .key_create_response import KeyCreateResponse
    from .kubernetes_add_node_pool_response_201 import KubernetesAddNodePoolResponse201
    from .kubernetes_create_cluster_response_201 import (
        KubernetesCreateClusterResponse201,
    )
    from .kubernetes_get_available_upgrades_response_200 import (
        KubernetesGetAvailableUpgradesResponse200,
    )
    from .kubernetes_get_cluster_response_200 import KubernetesGetClusterResponse200
    from .kubernetes_get_kubeconfig_type import KubernetesGetKubeconfigType
    from .kubernetes_get_node_pool_response_200 import KubernetesGetNodePoolResponse200
    from .kubernetes_get_status_messages_response_200 import (
        KubernetesGetStatusMessagesResponse200,
    )
    from .kubernetes_list_clusters_response_200 import KubernetesListClustersResponse200
    from .kubernetes_list_node_pools_response_200 import (
        KubernetesListNodePoolsResponse200,
    )
    from .kubernetes_node_pool import KubernetesNodePool
    from .kubernetes_node_pool_base import KubernetesNodePoolBase
    from .kubernetes_node_pool_base_labels_type_0 import (
        KubernetesNodePoolBaseLabelsType0,
    )
    from .kubernetes_node_pool_size import KubernetesNodePoolSize
    from .kubernetes_node_pool_taint import KubernetesNodePoolTaint
    from .kubernetes_node_pool_taint_effect import KubernetesNodePoolTaintEffect
    from .kubernetes_node_pool_update import KubernetesNodePoolUpdate
    from .kubernetes_options import KubernetesOptions
    from .kubernetes_options_options import KubernetesOptionsOptions
    from .kubernetes_recycle_node_pool_body import KubernetesRecycleNodePoolBody
    from .kubernetes_region import KubernetesRegion
    from .kubernetes_run_cluster_lint_response_202 import (
        KubernetesRunClusterLintResponse202,
    )
    from .kubernetes_size import KubernetesSize
    from .kubernetes_update_cluster_response_202 import (
        KubernetesUpdateClusterResponse202,
    )
    from .kubernetes_update_node_pool_response_202 import (
        KubernetesUpdateNodePoolResponse202,
    )
    from .kubernetes_upgrade_cluster_body import KubernetesUpgradeClusterBody
    from .kubernetes_version import KubernetesVersion
    from .lb_firewall import LbFirewall
    from .lets_encrypt_certificate_request import LetsEncryptCertificateRequest
    from .link_to_first_page import LinkToFirstPage
    from .link_to_last_page import LinkToLastPage
    from .link_to_next_page import LinkToNextPage
    from .link_to_prev_page import LinkToPrevPage
    from .list_alert_policy import ListAlertPolicy
    from .list_models_response import ListModelsResponse
    from .list_models_response_object import ListModelsResponseObject
    from .load_balancer import LoadBalancer
    from .load_balancer_base import LoadBalancerBase
    from .load_balancer_base_algorithm import LoadBalancerBaseAlgorithm
    from .load_balancer_base_network import LoadBalancerBaseNetwork
    from .load_balancer_base_network_stack import LoadBalancerBaseNetworkStack
    from .load_balancer_base_size import LoadBalancerBaseSize
    from .load_balancer_base_status import LoadBalancerBaseStatus
    from .load_balancer_base_tls_cipher_policy import LoadBalancerBaseTlsCipherPolicy
    from .load_balancer_base_type import LoadBalancerBaseType
    from .load_balancer_region import LoadBalancerRegion
    from .load_balancers_add_droplets_body import LoadBalancersAddDropletsBody
    from .load_balancers_add_forwarding_rules_body import (
        LoadBalancersAddForwardingRulesBody,
    )
    from .load_balancers_create_response_202 import LoadBalancersCreateResponse202
    from .load_balancers_get_response_200 import LoadBalancersGetResponse200
    from .load_balancers_list_response_200 import LoadBalancersListResponse200
    from .load_balancers_remove_droplets_body import LoadBalancersRemoveDropletsBody
    from .load_balancers_remove_forwarding_rules_body import (
        LoadBalancersRemoveForwardingRulesBody,
    )
    from .load_balancers_update_response_200 import LoadBalancersUpdateResponse200
    from .logsink_base import LogsinkBase
    from .logsink_base_sink_type import LogsinkBaseSinkType
    from .logsink_base_verbose import LogsinkBaseVerbose
    from .logsink_base_verbose_sink_type import LogsinkBaseVerboseSinkType
    from .logsink_create import LogsinkCreate
    from .logsink_schema import LogsinkSchema
    from .logsink_update import LogsinkUpdate
    from .logsink_verbose import LogsinkVerbose
    from .maintenance_policy_type_0 import MaintenancePolicyType0
    from .maintenance_policy_type_0_day import MaintenancePolicyType0Day
    from .member import Member
    from .member_current_utilization import MemberCurrentUtilization
    from .member_health_status import MemberHealthStatus
    from .member_status import MemberStatus
    from .messages_api_message_param import MessagesApiMessageParam
    from .messages_api_message_param_role import MessagesApiMessageParamRole
    from .messages_create_error_response import MessagesCreateErrorResponse
    from .messages_create_error_response_error import MessagesCreateErrorResponseError
    from .messages_create_error_response_type import MessagesCreateErrorResponseType
    from .messages_create_request import MessagesCreateRequest
    from .messages_create_request_metadata import MessagesCreateRequestMetadata
    from .messages_create_request_reasoning_effort import (
        MessagesCreateRequestReasoningEffort,
    )
    from .messages_create_request_speed import MessagesCreateRequestSpeed
    from .messages_create_response import MessagesCreateResponse
    from .messages_create_response_role import MessagesCreateResponseRole
    from .messages_create_response_stop_reason import MessagesCreateResponseStopReason
    from .messages_create_response_type import MessagesCreateResponseType
    from .messages_image_block_param import MessagesImageBlockParam
    from .messages_image_block_param_type import MessagesImageBlockParamType
    from .messages_image_source_param import MessagesImageSourceParam
    from .messages_request_text_block_param import MessagesRequestTextBlockParam
    from .messages_request_text_block_param_type import (
        MessagesRequestTextBlockParamType,
    )
    from .messages_response_text_block import MessagesResponseTextBlock
    from .messages_response_text_block_type import MessagesResponseTextBlockType
    from .messages_response_tool_use_block import MessagesResponseToolUseBlock
    from .messages_response_tool_use_block_input import (
        MessagesResponseToolUseBlockInput,
    )
    from .messages_response_tool_use_block_type import MessagesResponseToolUseBlockType
    from .messages_stream_event import MessagesStreamEvent
    from .messages_stream_event_content_block import MessagesStreamEventContentBlock
    from .messages_stream_event_delta import MessagesStreamEventDelta
    from .messages_stream_event_message import MessagesStreamEventMessage
    from .messages_stream_event_type import MessagesStreamEventType
    from .messages_stream_event_usage import MessagesStreamEventUsage
    from .messages_stream_event_usage_speed import MessagesStreamEventUsageSpeed
    from .messages_thinking_config_param_type_0 import MessagesThinkingConfigParamType0
    from .messages_tool_choice_param_type_1 import MessagesToolChoiceParamType1
    from .messages_tool_choice_param_type_1_type import MessagesToolChoiceParamType1Type
    from .messages_tool_definition_param import MessagesToolDefinitionParam
    from .messages_tool_definition_param_input_schema import (
        MessagesToolDefinitionParamInputSchema,
    )
    from .messages_tool_result_block_param import MessagesToolResultBlockParam
    from .messages_tool_result_block_param_content_type_1_item import (
        MessagesToolResultBlockParamContentType1Item,
    )
    from .messages_tool_result_block_param_type import MessagesToolResultBlockParamType
    from .messages_tool_use_block_param import MessagesToolUseBlockParam
    from .messages_tool_use_block_param_input import MessagesToolUseBlockParamInput
    from .messages_tool_use_block_param_type import MessagesToolUseBlockParamType
    from .messages_usage import MessagesUsage
    from .messages_usage_speed import MessagesUsageSpeed
    from .meta import Meta
    from .meta_meta import MetaMeta
    from .meta_optional_total import MetaOptionalTotal
    from .meta_properties import MetaProperties
    from .metrics import Metrics
    from .metrics_data import MetricsData
    from .metrics_data_result_type import MetricsDataResultType
    from .metrics_result import MetricsResult
    from .metrics_result_metric import MetricsResultMetric
    from .metrics_status import MetricsStatus
    from .model import Model
    from .model_deployment_spec import ModelDeploymentSpec
    from .model_deployment_spec_model_provider import ModelDeploymentSpecModelProvider
    from .model_deployment_spec_workload_config import ModelDeploymentSpecWorkloadConfig
    from .model_object import ModelObject
    from .mongo_advanced_config import MongoAdvancedConfig
    from .mongo_advanced_config_default_read_concern import (
        MongoAdvancedConfigDefaultReadConcern,
    )
    from .monitoring_create_alert_policy_response_200 import (
        MonitoringCreateAlertPolicyResponse200,
    )
    from .monitoring_create_destination_response_200 import (
        MonitoringCreateDestinationResponse200,
    )
    from .monitoring_create_sink_body import MonitoringCreateSinkBody
    from .monitoring_get_alert_policy_response_200 import (
        MonitoringGetAlertPolicyResponse200,
    )
    from .monitoring_get_database_mysql_cpu_usage_aggregate import (
        MonitoringGetDatabaseMysqlCpuUsageAggregate,
    )
    from .monitoring_get_database_mysql_disk_usage_aggregate import (
        MonitoringGetDatabaseMysqlDiskUsageAggregate,
    )
    from .monitoring_get_database_mysql_load_aggregate import (
        MonitoringGetDatabaseMysqlLoadAggregate,
    )
    from .monitoring_get_database_mysql_load_metric import (
        MonitoringGetDatabaseMysqlLoadMetric,
    )
    from .monitoring_get_database_mysql_memory_usage_aggregate import (
        MonitoringGetDatabaseMysqlMemoryUsageAggregate,
    )
    from .monitoring_get_database_mysql_op_rates_metric import (
        MonitoringGetDatabaseMysqlOpRatesMetric,
    )
    from .monitoring_get_database_mysql_schema_latency_metric import (
        MonitoringGetDatabaseMysqlSchemaLatencyMetric,
    )
    from .monitoring_get_database_mysql_schema_throughput_metric import (
        MonitoringGetDatabaseMysqlSchemaThroughputMetric,
    )
    from .monitoring_get_destination_response_200 import (
        MonitoringGetDestinationResponse200,
    )
    from .monitoring_get_droplet_bandwidth_metrics_direction import (
        MonitoringGetDropletBandwidthMetricsDirection,
    )
    from .monitoring_get_droplet_bandwidth_metrics_interface import (
        MonitoringGetDropletBandwidthMetricsInterface,
    )
    from .monitoring_get_sink_response_200 import MonitoringGetSinkResponse200
    from .monitoring_list_alert_policy_response_200 import (
        MonitoringListAlertPolicyResponse200,
    )
    from .monitoring_list_destinations_response_200 import (
        MonitoringListDestinationsResponse200,
    )
    from .monitoring_list_sinks_response_200 import MonitoringListSinksResponse200
    from .monitoring_update_alert_policy_response_200 import (
        MonitoringUpdateAlertPolicyResponse200,
    )
    from .multiple_droplet_request import MultipleDropletRequest
    from .multiregistry_create import MultiregistryCreate
    from .multiregistry_create_region import MultiregistryCreateRegion
    from .multiregistry_create_subscription_tier_slug import (
        MultiregistryCreateSubscriptionTierSlug,
    )
    from .mysql_advanced_config import MysqlAdvancedConfig
    from .mysql_advanced_config_innodb_flush_neighbors import (
        MysqlAdvancedConfigInnodbFlushNeighbors,
    )
    from .mysql_advanced_config_internal_tmp_mem_storage_engine import (
        MysqlAdvancedConfigInternalTmpMemStorageEngine,
    )
    from .mysql_advanced_config_log_output import MysqlAdvancedConfigLogOutput
    from .mysql_incremental_backup import MysqlIncrementalBackup
    from .mysql_settings import MysqlSettings
    from .mysql_settings_auth_plugin import MysqlSettingsAuthPlugin
    from .name import Name
    from .namespace_info import NamespaceInfo
    from .neighbor_ids import NeighborIds
    from .network_v4 import NetworkV4
    from .network_v4_type import NetworkV4Type
    from .network_v6 import NetworkV6
    from .network_v6_type import NetworkV6Type
    from .nfs_action import NfsAction
    from .nfs_action_2 import NfsAction2
    from .nfs_action_2_resource_type import NfsAction2ResourceType
    from .nfs_action_2_status import NfsAction2Status
    from .nfs_action_attach import NfsActionAttach
    from .nfs_action_attach_params import NfsActionAttachParams
    from .nfs_action_detach import NfsActionDetach
    from .nfs_action_detach_params import NfsActionDetachParams
    from .nfs_action_reassign import NfsActionReassign
    from .nfs_action_reassign_params import NfsActionReassignParams
    from .nfs_action_resize import NfsActionResize
    from .nfs_action_resize_params import NfsActionResizeParams
    from .nfs_action_snapshot import NfsActionSnapshot
    from .nfs_action_snapshot_params import NfsActionSnapshotParams
    from .nfs_action_switch_performance_tier import NfsActionSwitchPerformanceTier
    from .nfs_action_switch_performance_tier_params import (
        NfsActionSwitchPerformanceTierParams,
    )
    from .nfs_action_type import NfsActionType
    from .nfs_actions_response import NfsActionsResponse
    from .nfs_api_error import NfsApiError
    from .nfs_create_response import NfsCreateResponse
    from .nfs_get_response import NfsGetResponse
    from .nfs_list_access_points_status import NfsListAccessPointsStatus
    from .nfs_list_response import NfsListResponse
    from .nfs_request import NfsRequest
    from .nfs_response import NfsResponse
    from .nfs_response_status import NfsResponseStatus
    from .nfs_snapshot_get_response import NfsSnapshotGetResponse
    from .nfs_snapshot_list_response import NfsSnapshotListResponse
    from .nfs_snapshot_response import NfsSnapshotResponse
    from .nfs_snapshot_response_status import NfsSnapshotResponseStatus
    from .node import Node
    from .node_status import NodeStatus
    from .node_status_state import NodeStatusState
    from .notification import Notification
    from .notification_slack_item import NotificationSlackItem
    from .nvidia_gpu_device_plugin_type_0 import NvidiaGpuDevicePluginType0
    from .one_clicks import OneClicks
    from .one_clicks_create import OneClicksCreate
    from .one_clicks_install_kubernetes_response_200 import (
        OneClicksInstallKubernetesResponse200,
    )
    from .one_clicks_list_response_200 import OneClicksListResponse200
    from .one_clicks_list_type import OneClicksListType
    from .online_migration import OnlineMigration
    from .online_migration_status import OnlineMigrationStatus
    from .opensearch_advanced_config import OpensearchAdvancedConfig
    from .opensearch_config import OpensearchConfig
    from .opensearch_config_credentials import OpensearchConfigCredentials
    from .opensearch_config_omit_credentials import OpensearchConfigOmitCredentials
    from .opensearch_config_request import OpensearchConfigRequest
    from .opensearch_config_request_credentials import (
        OpensearchConfigRequestCredentials,
    )
    from .opensearch_connection import OpensearchConnection
    from .opensearch_index import OpensearchIndex
    from .opensearch_index_base import OpensearchIndexBase
    from .opensearch_index_health import OpensearchIndexHealth
    from .opensearch_index_status import OpensearchIndexStatus
    from .opensearch_logsink import OpensearchLogsink
    from .options import Options
    from .options_options import OptionsOptions
    from .options_options_advanced_mysql import OptionsOptionsAdvancedMysql
    from .options_options_advanced_pg import OptionsOptionsAdvancedPg
    from .options_options_kafka import OptionsOptionsKafka
    from .options_options_mongodb import OptionsOptionsMongodb
    from .options_options_mysql import OptionsOptionsMysql
    from .options_options_opensearch import OptionsOptionsOpensearch
    from .options_options_pg import OptionsOptionsPg
    from .options_options_redis import OptionsOptionsRedis
    from .options_options_valkey import OptionsOptionsValkey
    from .options_version_availability import OptionsVersionAvailability
    from .organization_team import OrganizationTeam
    from .organization_team_status import OrganizationTeamStatus
    from .organizations_create_team_response_201 import (
        OrganizationsCreateTeamResponse201,
    )
    from .organizations_create_team_response_201_invitations import (
        OrganizationsCreateTeamResponse201Invitations,
    )
    from .organizations_list_teams_response_200 import OrganizationsListTeamsResponse200
    from .p2_p_oci_registry_plugin_type_0 import P2pOciRegistryPluginType0
    from .page_links import PageLinks
    from .pagination import Pagination
    from .partner_attachment import PartnerAttachment
    from .partner_attachment_bgp import PartnerAttachmentBgp
    from .partner_attachment_remote_route import PartnerAttachmentRemoteRoute
    from .partner_attachment_service_key import PartnerAttachmentServiceKey
    from .partner_attachment_writable import PartnerAttachmentWritable
    from .partner_attachment_writable_bgp import PartnerAttachmentWritableBgp
    from .partner_attachment_writable_connection_bandwidth_in_mbps import (
        PartnerAttachmentWritableConnectionBandwidthInMbps,
    )
    from .partner_attachment_writable_redundancy_zone import (
        PartnerAttachmentWritableRedundancyZone,
    )
    from .partner_attachment_writable_region import PartnerAttachmentWritableRegion
    from .partner_attachments_create_response_202 import (
        PartnerAttachmentsCreateResponse202,
    )
    from .partner_attachments_create_service_key_response_202 import (
        PartnerAttachmentsCreateServiceKeyResponse202,
    )
    from .partner_attachments_delete_response_202 import (
        PartnerAttachmentsDeleteResponse202,
    )
    from .partner_attachments_get_bgp_auth_key_response_200 import (
        PartnerAttachmentsGetBgpAuthKeyResponse200,
    )
    from .partner_attachments_get_bgp_auth_key_response_200_bgp_auth_key import (
        PartnerAttachmentsGetBgpAuthKeyResponse200BgpAuthKey,
    )
    from .partner_attachments_get_response_200 import PartnerAttachmentsGetResponse200
    from .partner_attachments_get_service_key_response_200 import (
        PartnerAttachmentsGetServiceKeyResponse200,
    )
    from .partner_attachments_get_service_key_response_200_service_key import (
        PartnerAttachmentsGetServiceKeyResponse200ServiceKey,
    )
    from .partner_attachments_list_remote_routes_response_200 import (
        PartnerAttachmentsListRemoteRoutesResponse200,
    )
    from .partner_attachments_list_response_200 import PartnerAttachmentsListResponse200
    from .partner_attachments_patch_response_202 import (
        PartnerAttachmentsPatchResponse202,
    )
    from .pending_deployment_spec import PendingDeploymentSpec
    from .pending_deployment_spec_status import PendingDeploymentSpecStatus
    from .pending_deployment_spec_vpc import PendingDeploymentSpecVpc
    from .pgbouncer_advanced_config import PgbouncerAdvancedConfig
    from .pgbouncer_advanced_config_autodb_pool_mode import (
        PgbouncerAdvancedConfigAutodbPoolMode,
    )
    from .pgbouncer_advanced_config_ignore_startup_parameters_item import (
        PgbouncerAdvancedConfigIgnoreStartupParametersItem,
    )
    from .plan_downgrades import PlanDowngrades
    from .postgres_advanced_config import PostgresAdvancedConfig
    from .postgres_advanced_config_default_toast_compression import (
        PostgresAdvancedConfigDefaultToastCompression,
    )
    from .postgres_advanced_config_log_error_verbosity import (
        PostgresAdvancedConfigLogErrorVerbosity,
    )
    from .postgres_advanced_config_log_line_prefix import (
        PostgresAdvancedConfigLogLinePrefix,
    )
    from .postgres_advanced_config_pg_stat_statements_track import (
        PostgresAdvancedConfigPgStatStatementsTrack,
    )
    from .postgres_advanced_config_synchronous_replication import (
        PostgresAdvancedConfigSynchronousReplication,
    )
    from .postgres_advanced_config_track_commit_timestamp import (
        PostgresAdvancedConfigTrackCommitTimestamp,
    )
    from .postgres_advanced_config_track_functions import (
        PostgresAdvancedConfigTrackFunctions,
    )
    from .postgres_advanced_config_track_io_timing import (
        PostgresAdvancedConfigTrackIoTiming,
    )
    from .previous_outage import PreviousOutage
    from .product_charge_item import ProductChargeItem
    from .product_usage_charges import ProductUsageCharges
    from .project import Project
    from .project_assignment import ProjectAssignment
    from .project_base import ProjectBase
    from .project_base_environment import ProjectBaseEnvironment
    from .projects_assign_resources_default_response_200 import (
        ProjectsAssignResourcesDefaultResponse200,
    )
    from .projects_assign_resources_response_200 import (
        ProjectsAssignResourcesResponse200,
    )
    from .projects_create_response_201 import ProjectsCreateResponse201
    from .projects_get_default_response_200 import ProjectsGetDefaultResponse200
    from .projects_get_response_200 import ProjectsGetResponse200
    from .projects_list_resources_default_response_200 import (
        ProjectsListResourcesDefaultResponse200,
    )
    from .projects_list_resources_response_200 import ProjectsListResourcesResponse200
    from .projects_list_response_200 import ProjectsListResponse200
    from .projects_patch_default_response_200 import ProjectsPatchDefaultResponse200
    from .projects_patch_response_200 import ProjectsPatchResponse200
    from .projects_update_default_response_200 import ProjectsUpdateDefaultResponse200
    from .projects_update_response_200 import ProjectsUpdateResponse200
    from .purge_cache import PurgeCache
    from .rdma_shared_dev_plugin_type_0 import RdmaSharedDevPluginType0
    from .redis_advanced_config import RedisAdvancedConfig
    from .redis_advanced_config_redis_acl_channels_default import (
        RedisAdvancedConfigRedisAclChannelsDefault,
    )
    from .redis_advanced_config_redis_maxmemory_policy import (
        RedisAdvancedConfigRedisMaxmemoryPolicy,
    )
    from .redis_advanced_config_redis_persistence import (
        RedisAdvancedConfigRedisPersistence,
    )
    from .region import Region
    from .region_slug import RegionSlug
    from .region_state import RegionState
    from .region_state_status import RegionStateStatus
    from .regional_state import RegionalState
    from .regions_list_response_200 import RegionsListResponse200
    from .registries_create_response_201 import RegistriesCreateResponse201
    from .registries_get_garbage_collection_response_200 import (
        RegistriesGetGarbageCollectionResponse200,
    )
    from .registries_get_options_response_200 import RegistriesGetOptionsResponse200
    from .registries_get_options_response_200_options import (
        RegistriesGetOptionsResponse200Options,
    )
    from .registries_get_options_response_200_options_subscription_tiers_item import (
        RegistriesGetOptionsResponse200OptionsSubscriptionTiersItem,
    )
    from .registries_get_response_200 import RegistriesGetResponse200
    from .registries_get_subscription_response_200 import (
        RegistriesGetSubscriptionResponse200,
    )
    from .registries_list_garbage_collections_response_200 import (
        RegistriesListGarbageCollectionsResponse200,
    )
    from .registries_list_repositories_v2_response_200 import (
        RegistriesListRepositoriesV2Response200,
    )
    from .registries_list_repository_manifests_response_200 import (
        RegistriesListRepositoryManifestsResponse200,
    )
    from .registries_list_repository_tags_response_200 import (
        RegistriesListRepositoryTagsResponse200,
    )
    from .registries_list_response_200 import RegistriesListResponse200
    from .registries_run_garbage_collection_response_201 import (
        RegistriesRunGarbageCollectionResponse201,
    )
    from .registries_update_garbage_collection_response_200 import (
        RegistriesUpdateGarbageCollectionResponse200,
    )
    from .registries_update_subscription_body import RegistriesUpdateSubscriptionBody
    from .registries_update_subscription_body_tier_slug import (
        RegistriesUpdateSubscriptionBodyTierSlug,
    )
    from .registries_update_subscription_response_200 import (
        RegistriesUpdateSubscriptionResponse200,
    )
    from .registry import Registry
    from .registry_base import RegistryBase
    from .registry_create import RegistryCreate
    from .registry_create_region import RegistryCreateRegion
    from .registry_create_response_201 import RegistryCreateResponse201
    from .registry_create_subscription_tier_slug import (
        RegistryCreateSubscriptionTierSlug,
    )
    from .registry_get_garbage_collection_response_200 import (
        RegistryGetGarbageCollectionResponse200,
    )
    from .registry_get_options_response_200 import RegistryGetOptionsResponse200
    from .registry_get_options_response_200_options import (
        RegistryGetOptionsResponse200Options,
    )
    from .registry_get_options_response_200_options_subscription_tiers_item import (
        RegistryGetOptionsResponse200OptionsSubscriptionTiersItem,
    )
    from .registry_get_response_200 import RegistryGetResponse200
    from .registry_get_subscription_response_200 import (
        RegistryGetSubscriptionResponse200,
    )
    from .registry_list_garbage_collections_response_200 import (
        RegistryListGarbageCollectionsResponse200,
    )
    from .registry_list_repositories_response_200 import (
        RegistryListRepositoriesResponse200,
    )
    from .registry_list_repositories_v2_response_200 import (
        RegistryListRepositoriesV2Response200,
    )
    from .registry_list_repository_manifests_response_200 import (
        RegistryListRepositoryManifestsResponse200,
    )
    from .registry_list_repository_tags_response_200 import (
        RegistryListRepositoryTagsResponse200,
    )
    from .registry_run_garbage_collection_response_201 import (
        RegistryRunGarbageCollectionResponse201,
    )
    from .registry_run_gc import RegistryRunGc
    from .registry_run_gc_type import RegistryRunGcType
    from .registry_subscription import RegistrySubscription
    from .registry_update_garbage_collection_response_200 import (
        RegistryUpdateGarbageCollectionResponse200,
    )
    from .registry_update_subscription_body import RegistryUpdateSubscriptionBody
    from .registry_update_subscription_body_tier_slug import (
        RegistryUpdateSubscriptionBodyTierSlug,
    )
    from .registry_update_subscription_response_200 import (
        RegistryUpdateSubscriptionResponse200,
    )
    from .repository import Repository
    from .repository_blob import RepositoryBlob
    from .repository_manifest import RepositoryManifest
    from .repository_tag import RepositoryTag
    from .repository_v2 import RepositoryV2
    from .reserved_i_ps_actions_get_response_200 import ReservedIPsActionsGetResponse200
    from .reserved_i_ps_actions_get_response_200_action import (
        ReservedIPsActionsGetResponse200Action,
    )
    from .reserved_i_ps_actions_list_response_200 import (
        ReservedIPsActionsListResponse200,
    )
    from .reserved_i_ps_actions_post_response_201 import (
        ReservedIPsActionsPostResponse201,
    )
    from .reserved_i_ps_actions_post_response_201_action import (
        ReservedIPsActionsPostResponse201Action,
    )
    from .reserved_i_ps_create_response_202 import ReservedIPsCreateResponse202
    from .reserved_i_ps_create_response_202_links import (
        ReservedIPsCreateResponse202Links,
    )
    from .reserved_i_ps_get_response_200 import ReservedIPsGetResponse200
    from .reserved_i_ps_list_response_200 import ReservedIPsListResponse200
    from .reserved_i_pv_6_create_response_201 import ReservedIPv6CreateResponse201
    from .reserved_i_pv_6_create_response_201_reserved_ipv_6 import (
        ReservedIPv6CreateResponse201ReservedIpv6,
    )
    from .reserved_i_pv_6_get_response_200 import ReservedIPv6GetResponse200
    from .reserved_i_pv_6_list_response_200 import ReservedIPv6ListResponse200
    from .reserved_ip import ReservedIp
    from .reserved_ip_action_assign import ReservedIpActionAssign
    from .reserved_ip_action_type import ReservedIpActionType
    from .reserved_ip_action_type_type import ReservedIpActionTypeType
    from .reserved_ip_action_unassign import ReservedIpActionUnassign
    from .reserved_ip_create_type_0 import ReservedIpCreateType0
    from .reserved_ip_create_type_1 import ReservedIpCreateType1
    from .reserved_ip_null import ReservedIpNull
    from .reserved_ip_region import ReservedIpRegion
    from .reserved_ipv_6 import ReservedIpv6
    from .reserved_ipv_6_action_assign import ReservedIpv6ActionAssign
    from .reserved_ipv_6_action_type import ReservedIpv6ActionType
    from .reserved_ipv_6_action_type_type import ReservedIpv6ActionTypeType
    from .reserved_ipv_6_action_unassign import ReservedIpv6ActionUnassign
    from .reserved_ipv_6_create import ReservedIpv6Create
    from .reserved_ipv_6_list import ReservedIpv6List
    from .reserved_ipv_6_list_reserved_ipv_6s_item import (
        ReservedIpv6ListReservedIpv6SItem,
    )
    from .reserved_ipv_6_list_reserved_ipv_6s_item_null import (
        ReservedIpv6ListReservedIpv6SItemNull,
    )
    from .reserved_ipv_6_null import ReservedIpv6Null
    from .resource import Resource
    from .resource_links import ResourceLinks
    from .resource_status import ResourceStatus
    from .response_usage import ResponseUsage
    from .response_usage_input_tokens_details import ResponseUsageInputTokensDetails
    from .response_usage_output_tokens_details import ResponseUsageOutputTokensDetails
    from .routing_agent_type_0 import RoutingAgentType0
    from .rsyslog_logsink import RsyslogLogsink
    from .rsyslog_logsink_format import RsyslogLogsinkFormat
    from .scan import Scan
    from .scan_findings_item import ScanFindingsItem
    from .scan_findings_item_mitigation_steps_item import (
        ScanFindingsItemMitigationStepsItem,
    )
    from .scan_findings_item_severity import ScanFindingsItemSeverity
    from .scan_status import ScanStatus
    from .scheduled_details import ScheduledDetails
    from .scheduled_details_body_type_0 import ScheduledDetailsBodyType0
    from .schema_registry_connection import SchemaRegistryConnection
    from .security_create_scan_response_201 import SecurityCreateScanResponse201
    from .security_create_scan_rule_body import SecurityCreateScanRuleBody
    from .security_create_suppression_body import SecurityCreateSuppressionBody
    from .security_get_latest_scan_response_200 import SecurityGetLatestScanResponse200
    from .security_get_latest_scan_severity import SecurityGetLatestScanSeverity
    from .security_get_scan_response_200 import SecurityGetScanResponse200
    from .security_get_scan_severity import SecurityGetScanSeverity
    from .security_list_scan_finding_affected_resources_response_200 import (
        SecurityListScanFindingAffectedResourcesResponse200,
    )
    from .security_list_scans_response_200 import SecurityListScansResponse200
    from .security_update_settings_plan_body import SecurityUpdateSettingsPlanBody
    from .security_update_settings_plan_body_tier_coverage import (
        SecurityUpdateSettingsPlanBodyTierCoverage,
    )
    from .security_update_settings_plan_body_tier_coverage_additional_property import (
        SecurityUpdateSettingsPlanBodyTierCoverageAdditionalProperty,
    )
    from .security_update_settings_plan_response_200 import (
        SecurityUpdateSettingsPlanResponse200,
    )
    from .security_update_settings_plan_response_200_tier_coverage import (
        SecurityUpdateSettingsPlanResponse200TierCoverage,
    )
    from .security_update_settings_plan_response_200_tier_coverage_additional_property import (
        SecurityUpdateSettingsPlanResponse200TierCoverageAdditionalProperty,
    )
    from .selective_destroy_associated_resource import (
        SelectiveDestroyAssociatedResource,
    )
    from .settings import Settings
    from .settings_plan_downgrades import SettingsPlanDowngrades
    from .settings_settings import SettingsSettings
    from .settings_tier_coverage import SettingsTierCoverage
    from .settings_tier_coverage_additional_property import (
        SettingsTierCoverageAdditionalProperty,
    )
    from .shared_shared_vcpu_cores_dedicated_dedicated_vcpu_cores import (
        SHAREDSharedVCPUCoresDEDICATEDDedicatedVCPUCores,
    )
    from .simple_charge import SimpleCharge
    from .single_droplet_request import SingleDropletRequest
    from .sink_resource import SinkResource
    from .sinks_response import SinksResponse
    from .size import Size
    from .sizes_list_response_200 import SizesListResponse200
    from .slack_details import SlackDetails
    from .snapshots import Snapshots
    from .snapshots_base import SnapshotsBase
    from .snapshots_get_response_200 import SnapshotsGetResponse200
    from .snapshots_list_resource_type import SnapshotsListResourceType
    from .snapshots_list_response_200 import SnapshotsListResponse200
    from .snapshots_resource_type import SnapshotsResourceType
    from .source_database import SourceDatabase
    from .source_database_source import SourceDatabaseSource
    from .source_ref_access_type import SourceRefAccessType
    from .spaces_key_create_response_201 import SpacesKeyCreateResponse201
    from .spaces_key_get_response_200 import SpacesKeyGetResponse200
    from .spaces_key_list_response_200 import SpacesKeyListResponse200
    from .spaces_key_patch_response_200 import SpacesKeyPatchResponse200
    from .spaces_key_update_response_200 import SpacesKeyUpdateResponse200
    from .sql_mode import SqlMode
    from .ssh_keys import SshKeys
    from .ssh_keys_create_response_201 import SshKeysCreateResponse201
    from .ssh_keys_get_response_200 import SshKeysGetResponse200
    from .ssh_keys_list_response_200 import SshKeysListResponse200
    from .ssh_keys_update_body import SshKeysUpdateBody
    from .ssh_keys_update_response_200 import SshKeysUpdateResponse200
    from .sso_type_0 import SsoType0
    from .state import State
    from .status_messages import StatusMessages
    from .sticky_sessions import StickySessions
    from .sticky_sessions_type import StickySessionsType
    from .subscription import Subscription
    from .subscription_tier_base import SubscriptionTierBase
    from .subscription_tier_extended import SubscriptionTierExtended
    from .subscription_tier_extended_eligibility_reasons_item import (
        SubscriptionTierExtendedEligibilityReasonsItem,
    )
    from .supported_droplet_backup_policy import SupportedDropletBackupPolicy
    from .suppressed_resource import SuppressedResource
    from .suppressed_resource_root import SuppressedResourceRoot
    from .suppressed_resource_root_links import SuppressedResourceRootLinks
    from .suppressed_resource_root_links_pages import SuppressedResourceRootLinksPages
    from .suppressed_resource_root_meta import SuppressedResourceRootMeta
    from .tags import Tags
    from .tags_create_response_201 import TagsCreateResponse201
    from .tags_get_response_200 import TagsGetResponse200
    from .tags_list_response_200 import TagsListResponse200
    from .tags_metadata import TagsMetadata
    from .tags_resource import TagsResource
    from .tags_resource_resources_item import TagsResourceResourcesItem
    from .tags_resource_resources_item_resource_type import (
        TagsResourceResourcesItemResourceType,
    )
    from .tags_resources import TagsResources
    from .tags_resources_databases import TagsResourcesDatabases
    from .tags_resources_droplets import TagsResourcesDroplets
    from .tags_resources_imgages import TagsResourcesImgages
    from .tags_resources_volume_snapshots import TagsResourcesVolumeSnapshots
    from .tags_resources_volumes import TagsResourcesVolumes
    from .team_invitation import TeamInvitation
    from .team_invitation_role import TeamInvitationRole
    from .team_invitation_status import TeamInvitationStatus
    from .team_invitation_status_status import TeamInvitationStatusStatus
    from .the_app_egress_type import TheAppEgressType
    from .the_status_of_the_dedicated_egress_ip import TheStatusOfTheDedicatedEgressIP
    from .timescaledb_advanced_config import TimescaledbAdvancedConfig
    from .transfer_to_email import TransferToEmail
    from .transfer_to_team import TransferToTeam
    from .trigger_info import TriggerInfo
    from .trigger_info_scheduled_runs import TriggerInfoScheduledRuns
    from .update_endpoint import UpdateEndpoint
    from .update_endpoint_ttl import UpdateEndpointTtl
    from .update_registry import UpdateRegistry
    from .update_trigger import UpdateTrigger
    from .uptime_create_alert_response_201 import UptimeCreateAlertResponse201
    from .uptime_create_check_response_201 import UptimeCreateCheckResponse201
    from .uptime_get_alert_response_200 import UptimeGetAlertResponse200
    from .uptime_get_check_response_200 import UptimeGetCheckResponse200
    from .uptime_get_check_state_response_200 import UptimeGetCheckStateResponse200
    from .uptime_list_alerts_response_200 import UptimeListAlertsResponse200
    from .uptime_list_checks_response_200 import UptimeListChecksResponse200
    from .uptime_update_alert_response_200 import UptimeUpdateAlertResponse200
    from .uptime_update_check_response_200 import UptimeUpdateCheckResponse200
    from .user import User
    from .user_kubernetes_cluster_user import UserKubernetesClusterUser
    from .user_settings import UserSettings
    from .user_settings_acl_item import UserSettingsAclItem
    from .user_settings_acl_item_permission import UserSettingsAclItemPermission
    from .user_settings_mongo_user_settings import UserSettingsMongoUserSettings
    from .user_settings_mongo_user_settings_role import (
        UserSettingsMongoUserSettingsRole,
    )
    from .user_settings_opensearch_acl_item import UserSettingsOpensearchAclItem
    from .user_settings_opensearch_acl_item_permission import (
        UserSettingsOpensearchAclItemPermission,
    )
    from .validate_registry import ValidateRegistry
    from .valkey_advanced_config import ValkeyAdvancedConfig
    from .valkey_advanced_config_valkey_acl_channels_default import (
        ValkeyAdvancedConfigValkeyAclChannelsDefault,
    )
    from .valkey_advanced_config_valkey_persistence import (
        ValkeyAdvancedConfigValkeyPersistence,
    )
    from .vectordb_backup import VectordbBackup
    from .vectordb_create_vector_db_request import VectordbCreateVectorDBRequest
    from .vectordb_create_vector_db_response import VectordbCreateVectorDBResponse
    from .vectordb_get_restore_status_response import VectordbGetRestoreStatusResponse
    from .vectordb_get_vector_db_admin_credentials_response import (
        VectordbGetVectorDBAdminCredentialsResponse,
    )
    from .vectordb_get_vector_db_response import VectordbGetVectorDBResponse
    from .vectordb_list_backups_response import VectordbListBackupsResponse
    from .vectordb_list_vector_d_bs_response import VectordbListVectorDBsResponse
    from .vectordb_resize_vector_db_request import VectordbResizeVectorDBRequest
    from .vectordb_resize_vector_db_response import VectordbResizeVectorDBResponse
    from .vectordb_restore_backup_request import VectordbRestoreBackupRequest
    from .vectordb_restore_backup_response import VectordbRestoreBackupResponse
    from .vectordb_update_vector_db_request import VectordbUpdateVectorDBRequest
    from .vectordb_update_vector_db_response import VectordbUpdateVectorDBResponse
    from .vectordb_update_vector_db_tags_request import (
        VectordbUpdateVectorDBTagsRequest,
    )
    from .vectordb_update_vector_db_tags_response import (
        VectordbUpdateVectorDBTagsResponse,
    )
    from .vectordb_vector_db import VectordbVectorDB
    from .vectordb_vector_db_config import VectordbVectorDBConfig
    from .vectordb_vector_db_endpoints import VectordbVectorDBEndpoints
    from .version_2 import Version2
    from .volume_action import VolumeAction
    from .volume_action_post_attach import VolumeActionPostAttach
    from .volume_action_post_base import VolumeActionPostBase
    from .volume_action_post_base_type import VolumeActionPostBaseType
    from .volume_action_post_detach import VolumeActionPostDetach
    from .volume_action_post_resize import VolumeActionPostResize
    from .volume_actions_get_response_200 import VolumeActionsGetResponse200
    from .volume_actions_list_response_200 import VolumeActionsListResponse200
    from .volume_actions_post_by_id_response_202 import VolumeActionsPostByIdResponse202
    from .volume_actions_post_response_202 import VolumeActionsPostResponse202
    from .volume_base import VolumeBase
    from .volume_base_read import VolumeBaseRead
    from .volume_full import VolumeFull
    from .volume_full_region import VolumeFullRegion
    from .volume_snapshot_id import VolumeSnapshotId
    from .volume_snapshots_create_body import VolumeSnapshotsCreateBody
    from .volume_snapshots_create_response_201 import VolumeSnapshotsCreateResponse201
    from .volume_snapshots_get_by_id_response_200 import (
        VolumeSnapshotsGetByIdResponse200,
    )
    from .volume_snapshots_list_response_200 import VolumeSnapshotsListResponse200
    from .volume_write_file_system_type import VolumeWriteFileSystemType
    from .volumes_create_response_201 import VolumesCreateResponse201
    from .volumes_ext_4 import VolumesExt4
    from .volumes_get_response_200 import VolumesGetResponse200
    from .volumes_list_response_200 import VolumesListResponse200
    from .volumes_xfs import VolumesXfs
    from .vpc import Vpc
    from .vpc_base import VpcBase
    from .vpc_create import VpcCreate
    from .vpc_default import VpcDefault
    from .vpc_member import VpcMember
    from .vpc_nat_gateway_create import VpcNatGatewayCreate
    from .vpc_nat_gateway_create_region import VpcNatGatewayCreateRegion
    from .vpc_nat_gateway_create_type import VpcNatGatewayCreateType
    from .vpc_nat_gateway_create_vpcs_item import VpcNatGatewayCreateVpcsItem
    from .vpc_nat_gateway_get import VpcNatGatewayGet
    from .vpc_nat_gateway_get_egresses import VpcNatGatewayGetEgresses
    from .vpc_nat_gateway_get_egresses_public_gateways_item import (
        VpcNatGatewayGetEgressesPublicGatewaysItem,
    )
    from .vpc_nat_gateway_get_region import VpcNatGatewayGetRegion
    from .vpc_nat_gateway_get_state import VpcNatGatewayGetState
    from .vpc_nat_gateway_get_type import VpcNatGatewayGetType
    from .vpc_nat_gateway_get_vpcs_item import VpcNatGatewayGetVpcsItem
    from .vpc_nat_gateway_update import VpcNatGatewayUpdate
    from .vpc_nat_gateway_update_vpcs_item import VpcNatGatewayUpdateVpcsItem
    from .vpc_peering import VpcPeering
    from .vpc_peering_base import VpcPeeringBase
    from .vpc_peering_base_status import VpcPeeringBaseStatus
    from .vpc_peering_create import VpcPeeringCreate
    from .vpc_peering_updatable import VpcPeeringUpdatable
    from .vpc_peerings_create_body import VpcPeeringsCreateBody
    from .vpc_peerings_create_response_202 import VpcPeeringsCreateResponse202
    from .vpc_peerings_delete_response_202 import VpcPeeringsDeleteResponse202
    from .vpc_peerings_get_response_200 import VpcPeeringsGetResponse200
    from .vpc_peerings_list_response_200 import VpcPeeringsListResponse200
    from .vpc_peerings_patch_response_200 import VpcPeeringsPatchResponse200
    from .vpc_updatable import VpcUpdatable
    from .vpci_ds import VPCIDs
    from .vpcnatgateways_create_response_202 import VpcnatgatewaysCreateResponse202
    from .vpcnatgateways_get_response_200 import VpcnatgatewaysGetResponse200
    from .vpcnatgateways_list_region import VpcnatgatewaysListRegion
    from .vpcnatgateways_list_response_200 import VpcnatgatewaysListResponse200
    from .vpcnatgateways_list_state import VpcnatgatewaysListState
    from .vpcnatgateways_list_type import VpcnatgatewaysListType
    from .vpcnatgateways_update_response_200 import VpcnatgatewaysUpdateResponse200
    from .vpcs_create_body import VpcsCreateBody
    from .vpcs_create_peerings_body import VpcsCreatePeeringsBody
    from .vpcs_create_peerings_response_202 import VpcsCreatePeeringsResponse202
    from .vpcs_create_response_201 import VpcsCreateResponse201
    from .vpcs_get_response_200 import VpcsGetResponse200
    from .vpcs_list_members_response_200 import VpcsListMembersResponse200
    from .vpcs_list_peerings_response_200 import VpcsListPeeringsResponse200
    from .vpcs_list_response_200 import VpcsListResponse200
    from .vpcs_patch_body import VpcsPatchBody
    from .vpcs_patch_peerings_response_200 import VpcsPatchPeeringsResponse200
    from .vpcs_patch_response_200 import VpcsPatchResponse200
    from .vpcs_update_body import VpcsUpdateBody
    from .vpcs_update_response_200 import VpcsUpdateResponse200

_MODULES: dict[str, str] = {
    "ACriterionForRoutingHTTPTrafficToAComponent": ".a_criterion_for_routing_http_traffic_to_a_component",
    "AStepThatIsRunAsPartOfTheDeploymentsLifecycle": ".a_step_that_is_run_as_part_of_the_deployments_lifecycle",
    "AStepThatIsRunAsPartOfTheDeploymentsLifecycleStepsItem": ".a_step_that_is_run_as_part_of_the_deployments_lifecycle_steps_item",
    "AcceleratorConfigSpec": ".accelerator_config_spec",
    "AcceleratorConfigSpecStatus": ".accelerator_config_spec_status",
    "AccessKey": ".access_key",
    "AccessKeyCreateRequest": ".access_key_create_request",
    "AccessKeyCreateResponse": ".access_key_create_response",
    "AccessPointActionResponse": ".access_point_action_response",
    "AccessPointGetResponse": ".access_point_get_response",
    "AccessPointListResponse": ".access_point_list_response",
    "AccessPointRequest": ".access_point_request",
    "AccessPointResponse": ".access_point_response",
    "AccessPointResponseStatus": ".access_point_response_status",
    "AccessPolicy": ".access_policy",
    "AccessPolicyProtocolsItem": ".access_policy_protocols_item",
    "AccessPolicySquashConfig": ".access_policy_squash_config",
    "Account": ".account",
    "AccountGetResponse200": ".account_get_response_200",
    "AccountStatus": ".account_status",
    "AccountTeam": ".account_team",
    "Action": ".action",
    "ActionLink": ".action_link",
    "ActionStatus": ".action_status",
    "ActionsGetResponse200": ".actions_get_response_200",
    "ActionsListResponse200": ".actions_list_response_200",
    "AddonsAppInfo": ".addons_app_info",
    "AddonsAppMetadata": ".addons_app_metadata",
    "AddonsAppMetadataType": ".addons_app_metadata_type",
    "AddonsCreateResponse200": ".addons_create_response_200",
    "AddonsDimensionVolumeWithPrice": ".addons_dimension_volume_with_price",
    "AddonsDimensionWithPrice": ".addons_dimension_with_price",
    "AddonsFeature": ".addons_feature",
    "AddonsFeatureType": ".addons_feature_type",
    "AddonsFeatureUnit": ".addons_feature_unit",
    "AddonsGetAppMetadataResponse200": ".addons_get_app_metadata_response_200",
    "AddonsGetAppResponse200": ".addons_get_app_response_200",
    "AddonsGetResponse200": ".addons_get_response_200",
    "AddonsListResponse200": ".addons_list_response_200",
    "AddonsPatchBody": ".addons_patch_body",
    "AddonsPatchPlanBody": ".addons_patch_plan_body",
    "AddonsPatchPlanResponse200": ".addons_patch_plan_response_200",
    "AddonsPatchResponse200": ".addons_patch_response_200",
    "AddonsPlan": ".addons_plan",
    "AddonsPlanState": ".addons_plan_state",
    "AddonsResource": ".addons_resource",
    "AddonsResourceMetadata": ".addons_resource_metadata",
    "AddonsResourceNew": ".addons_resource_new",
    "AddonsResourceState": ".addons_resource_state",
    "AffectedResource": ".affected_resource",
    "Alert": ".alert",
    "AlertBase": ".alert_base",
    "AlertPolicy": ".alert_policy",
    "AlertPolicyCompare": ".alert_policy_compare",
    "AlertPolicyRequest": ".alert_policy_request",
    "AlertPolicyRequestCompare": ".alert_policy_request_compare",
    "AlertPolicyRequestType": ".alert_policy_request_type",
    "AlertPolicyRequestWindow": ".alert_policy_request_window",
    "AlertPolicyType": ".alert_policy_type",
    "AlertPolicyWindow": ".alert_policy_window",
    "AlertUpdatable": ".alert_updatable",
    "AlertUpdatableComparison": ".alert_updatable_comparison",
    "AlertUpdatablePeriod": ".alert_updatable_period",
    "AlertUpdatableType": ".alert_updatable_type",
    "Alerts": ".alerts",
    "AmdGpuDeviceMetricsExporterPluginType0": ".amd_gpu_device_metrics_exporter_plugin_type_0",
    "AmdGpuDevicePluginType0": ".amd_gpu_device_plugin_type_0",
    "AnAppDeployment": ".an_app_deployment",
    "ApiAgent": ".api_agent",
    "ApiAgentAPIKey": ".api_agent_api_key",
    "ApiAgentAPIKeyInfo": ".api_agent_api_key_info",
    "ApiAgentChatbotIdentifier": ".api_agent_chatbot_identifier",
    "ApiAgentChildRelationshipVerion": ".api_agent_child_relationship_verion",
    "ApiAgentFunction": ".api_agent_function",
    "ApiAgentFunctionInputSchema": ".api_agent_function_input_schema",
    "ApiAgentFunctionOutputSchema": ".api_agent_function_output_schema",
    "ApiAgentFunctionVersion": ".api_agent_function_version",
    "ApiAgentGuardrail": ".api_agent_guardrail",
    "ApiAgentGuardrailInput": ".api_agent_guardrail_input",
    "ApiAgentGuardrailMetadata": ".api_agent_guardrail_metadata",
    "ApiAgentGuardrailVersion": ".api_agent_guardrail_version",
    "ApiAgentKnowledgeBaseVersion": ".api_agent_knowledge_base_version",
    "ApiAgentLoggingConfig": ".api_agent_logging_config",
    "ApiAgentPublic": ".api_agent_public",
    "ApiAgentSpan": ".api_agent_span",
    "ApiAgentTemplate": ".api_agent_template",
    "ApiAgentTemplateGuardrail": ".api_agent_template_guardrail",
    "ApiAgentTemplateType": ".api_agent_template_type",
    "ApiAgentType": ".api_agent_type",
    "ApiAgentVersion": ".api_agent_version",
    "ApiAgreement": ".api_agreement",
    "ApiAnthropicAPIKeyInfo": ".api_anthropic_api_key_info",
    "ApiAssociatedModelEvaluationPreset": ".api_associated_model_evaluation_preset",
    "ApiAuditHeader": ".api_audit_header",
    "ApiAWSDataSource": ".api_aws_data_source",
    "ApiAWSDataSourceDisplay": ".api_aws_data_source_display",
    "ApiBatchJobPhase": ".api_batch_job_phase",
    "ApiCancelKnowledgeBaseIndexingJobInputPublic": ".api_cancel_knowledge_base_indexing_job_input_public",
    "ApiCancelKnowledgeBaseIndexingJobOutput": ".api_cancel_knowledge_base_indexing_job_output",
    "ApiCancelModelEvaluationRunInputPublic": ".api_cancel_model_evaluation_run_input_public",
    "ApiCancelModelEvaluationRunOutput": ".api_cancel_model_evaluation_run_output",
    "ApiCandidateInferenceConfig": ".api_candidate_inference_config",
    "ApiCandidateModelSource": ".api_candidate_model_source",
    "ApiChatbot": ".api_chatbot",
    "ApiChunkingAlgorithm": ".api_chunking_algorithm",
    "ApiChunkingOptions": ".api_chunking_options",
    "ApiCodeSnippets": ".api_code_snippets",
    "ApiCrawlingOption": ".api_crawling_option",
    "ApiCreateAgentAPIKeyInputPublic": ".api_create_agent_api_key_input_public",
    "ApiCreateAgentAPIKeyOutput": ".api_create_agent_api_key_output",
    "ApiCreateAgentInputPublic": ".api_create_agent_input_public",
    "ApiCreateAgentOutput": ".api_create_agent_output",
    "ApiCreateAnthropicAPIKeyInputPublic": ".api_create_anthropic_api_key_input_public",
    "ApiCreateAnthropicAPIKeyOutput": ".api_create_anthropic_api_key_output",
    "ApiCreateCustomEvaluationMetricInputPublic": ".api_create_custom_evaluation_metric_input_public",
    "ApiCreateCustomEvaluationMetricOutput": ".api_create_custom_evaluation_metric_output",
    "ApiCreateDataSourceFileUploadPresignedUrlsInputPublic": ".api_create_data_source_file_upload_presigned_urls_input_public",
    "ApiCreateDataSourceFileUploadPresignedUrlsOutput": ".api_create_data_source_file_upload_presigned_urls_output",
    "ApiCreateEvaluationDatasetInputPublic": ".api_create_evaluation_dataset_input_public",
    "ApiCreateEvaluationDatasetOutput": ".api_create_evaluation_dataset_output",
    "ApiCreateEvaluationTestCaseInputPublic": ".api_create_evaluation_test_case_input_public",
    "ApiCreateEvaluationTestCaseOutput": ".api_create_evaluation_test_case_output",
    "ApiCreateKnowledgeBaseDataSourceInputPublic": ".api_create_knowledge_base_data_source_input_public",
    "ApiCreateKnowledgeBaseDataSourceOutput": ".api_create_knowledge_base_data_source_output",
    "ApiCreateKnowledgeBaseInputPublic": ".api_create_knowledge_base_input_public",
    "ApiCreateKnowledgeBaseOutput": ".api_create_knowledge_base_output",
    "ApiCreateModelAPIKeyInputPublic": ".api_create_model_api_key_input_public",
    "ApiCreateModelEvalDatasetUploadPresignedUrlsInputPublic": ".api_create_model_eval_dataset_upload_presigned_urls_input_public",
    "ApiCreateModelEvaluationRunInputPublic": ".api_create_model_evaluation_run_input_public",
    "ApiCreateModelEvaluationRunOutput": ".api_create_model_evaluation_run_output",
    "ApiCreateModelRouterInputPublic": ".api_create_model_router_input_public",
    "ApiCreateModelRouterOutput": ".api_create_model_router_output",
    "ApiCreateOpenAIAPIKeyInputPublic": ".api_create_open_aiapi_key_input_public",
    "ApiCreateOpenAIAPIKeyOutput": ".api_create_open_aiapi_key_output",
    "ApiCreateScheduledIndexingInputPublic": ".api_create_scheduled_indexing_input_public",
    "ApiCreateScheduledIndexingOutput": ".api_create_scheduled_indexing_output",
    "ApiCreateWorkspaceInputPublic": ".api_create_workspace_input_public",
    "ApiCreateWorkspaceOutput": ".api_create_workspace_output",
    "ApiCustomEvaluationMetricConfig": ".api_custom_evaluation_metric_config",
    "ApiCustomModel": ".api_custom_model",
    "ApiCustomModelConfigJson": ".api_custom_model_config_json",
    "ApiCustomModelImportJob": ".api_custom_model_import_job",
    "ApiCustomModelStatus": ".api_custom_model_status",
    "ApiDeleteAgentAPIKeyOutput": ".api_delete_agent_api_key_output",
    "ApiDeleteAgentOutput": ".api_delete_agent_output",
    "ApiDeleteAnthropicAPIKeyOutput": ".api_delete_anthropic_api_key_output",
    "ApiDeleteCustomEvaluationMetricOutput": ".api_delete_custom_evaluation_metric_output",
    "ApiDeleteCustomModelOutputPublic": ".api_delete_custom_model_output_public",
    "ApiDeleteCustomModelStatus": ".api_delete_custom_model_status",
    "ApiDeleteEvaluationDatasetOutput": ".api_delete_evaluation_dataset_output",
    "ApiDeleteKnowledgeBaseDataSourceOutput": ".api_delete_knowledge_base_data_source_output",
    "ApiDeleteKnowledgeBaseOutput": ".api_delete_knowledge_base_output",
    "ApiDeleteModelAPIKeyOutput": ".api_delete_model_api_key_output",
    "ApiDeleteModelEvaluationPresetOutput": ".api_delete_model_evaluation_preset_output",
    "ApiDeleteModelEvaluationRunOutputPublic": ".api_delete_model_evaluation_run_output_public",
    "ApiDeleteModelEvaluationRunStatus": ".api_delete_model_evaluation_run_status",
    "ApiDeleteModelRouterOutput": ".api_delete_model_router_output",
    "ApiDeleteOpenAIAPIKeyOutput": ".api_delete_open_aiapi_key_output",
    "ApiDeleteScheduledIndexingOutput": ".api_delete_scheduled_indexing_output",
    "ApiDeleteWorkspaceOutput": ".api_delete_workspace_output",
    "ApiDeployment": ".api_deployment",
    "ApiDeploymentStatus": ".api_deployment_status",
    "ApiDeploymentVisibility": ".api_deployment_visibility",
    "ApiDropboxDataSource": ".api_dropbox_data_source",
    "ApiDropboxDataSourceDisplay": ".api_dropbox_data_source_display",
    "ApiDropboxOauth2GetTokensInput": ".api_dropbox_oauth_2_get_tokens_input",
    "ApiDropboxOauth2GetTokensOutput": ".api_dropbox_oauth_2_get_tokens_output",
    "ApiEvaluationDataset": ".api_evaluation_dataset",
    "ApiEvaluationDatasetType": ".api_evaluation_dataset_type",
    "ApiEvaluationMetric": ".api_evaluation_metric",
    "ApiEvaluationMetricCategory": ".api_evaluation_metric_category",
    "ApiEvaluationMetricResult": ".api_evaluation_metric_result",
    "ApiEvaluationMetricResultStatus": ".api_evaluation_metric_result_status",
    "ApiEvaluationMetricSource": ".api_evaluation_metric_source",
    "ApiEvaluationMetricType": ".api_evaluation_metric_type",
    "ApiEvaluationMetricValueType": ".api_evaluation_metric_value_type",
    "ApiEvaluationPricing": ".api_evaluation_pricing",
    "ApiEvaluationRun": ".api_evaluation_run",
    "ApiEvaluationRunStatus": ".api_evaluation_run_status",
    "ApiEvaluationScope": ".api_evaluation_scope",
    "ApiEvaluationTestCase": ".api_evaluation_test_case",
    "ApiEvaluationTestCaseMetricList": ".api_evaluation_test_case_metric_list",
    "ApiEvaluationTraceSpan": ".api_evaluation_trace_span",
    "ApiEvaluationTraceSpanInput": ".api_evaluation_trace_span_input",
    "ApiEvaluationTraceSpanOutput": ".api_evaluation_trace_span_output",
    "ApiFilePresignedUrlResponse": ".api_file_presigned_url_response",
    "ApiFileUploadDataSource": ".api_file_upload_data_source",
    "ApiGenerateOauth2URLOutput": ".api_generate_oauth_2url_output",
    "ApiGetAgentOutput": ".api_get_agent_output",
    "ApiGetAgentUsageOutput": ".api_get_agent_usage_output",
    "ApiGetAnthropicAPIKeyOutput": ".api_get_anthropic_api_key_output",
    "ApiGetChildrenOutput": ".api_get_children_output",
    "ApiGetCustomModelOutputPublic": ".api_get_custom_model_output_public",
    "ApiGetEvaluationDatasetDownloadURLOutput": ".api_get_evaluation_dataset_download_url_output",
    "ApiGetEvaluationRunOutput": ".api_get_evaluation_run_output",
    "ApiGetEvaluationRunPromptResultsOutput": ".api_get_evaluation_run_prompt_results_output",
    "ApiGetEvaluationRunResultsOutput": ".api_get_evaluation_run_results_output",
    "ApiGetEvaluationTestCaseOutput": ".api_get_evaluation_test_case_output",
    "ApiGetIndexingJobDetailsSignedURLOutput": ".api_get_indexing_job_details_signed_url_output",
    "ApiGetKnowledgeBaseIndexingJobOutput": ".api_get_knowledge_base_indexing_job_output",
    "ApiGetKnowledgeBaseOutput": ".api_get_knowledge_base_output",
    "ApiGetModelCatalogCardOutput": ".api_get_model_catalog_card_output",
    "ApiGetModelEvaluationPresetOutput": ".api_get_model_evaluation_preset_output",
    "ApiGetModelEvaluationRunOutput": ".api_get_model_evaluation_run_output",
    "ApiGetModelEvaluationRunResultsDownloadURLOutput": ".api_get_model_evaluation_run_results_download_url_output",
    "ApiGetModelRouterOutput": ".api_get_model_router_output",
    "ApiGetOpenAIAPIKeyOutput": ".api_get_open_aiapi_key_output",
    "ApiGetScheduledIndexingOutput": ".api_get_scheduled_indexing_output",
    "ApiGetWorkspaceOutput": ".api_get_workspace_output",
    "ApiGoogleDriveDataSource": ".api_google_drive_data_source",
    "ApiGoogleDriveDataSourceDisplay": ".api_google_drive_data_source_display",
    "ApiGuardrailType": ".api_guardrail_type",
    "ApiImportCustomModelInputPublic": ".api_import_custom_model_input_public",
    "ApiImportCustomModelOutputPublic": ".api_import_custom_model_output_public",
    "ApiImportValidationStep": ".api_import_validation_step",
    "ApiIndexJobStatus": ".api_index_job_status",
    "ApiIndexedDataSource": ".api_indexed_data_source",
    "ApiIndexedDataSourceStatus": ".api_indexed_data_source_status",
    "ApiIndexingJob": ".api_indexing_job",
    "ApiKBDataSource": ".api_kb_data_source",
    "ApiKnowledgeBase": ".api_knowledge_base",
    "ApiKnowledgeBaseDataSource": ".api_knowledge_base_data_source",
    "ApiLatencyMetrics": ".api_latency_metrics",
    "ApiLinkAgentFunctionInputPublic": ".api_link_agent_function_input_public",
    "ApiLinkAgentFunctionInputPublicInputSchema": ".api_link_agent_function_input_public_input_schema",
    "ApiLinkAgentFunctionInputPublicOutputSchema": ".api_link_agent_function_input_public_output_schema",
    "ApiLinkAgentFunctionOutput": ".api_link_agent_function_output",
    "ApiLinkAgentGuardrailOutput": ".api_link_agent_guardrail_output",
    "ApiLinkAgentGuardrailsInputPublic": ".api_link_agent_guardrails_input_public",
    "ApiLinkAgentInputPublic": ".api_link_agent_input_public",
    "ApiLinkAgentOutput": ".api_link_agent_output",
    "ApiLinkKnowledgeBaseOutput": ".api_link_knowledge_base_output",
    "ApiLinks": ".api_links",
    "ApiListAgentAPIKeysOutput": ".api_list_agent_api_keys_output",
    "ApiListAgentVersionsOutput": ".api_list_agent_versions_output",
    "ApiListAgentsByAnthropicKeyOutput": ".api_list_agents_by_anthropic_key_output",
    "ApiListAgentsByOpenAIKeyOutput": ".api_list_agents_by_open_ai_key_output",
    "ApiListAgentsByWorkspaceOutput": ".api_list_agents_by_workspace_output",
    "ApiListAgentsOutputPublic": ".api_list_agents_output_public",
    "ApiListAnthropicAPIKeysOutput": ".api_list_anthropic_api_keys_output",
    "ApiListCustomModelsOutputPublic": ".api_list_custom_models_output_public",
    "ApiListEvaluationDatasetsOutput": ".api_list_evaluation_datasets_output",
    "ApiListEvaluationMetricsOutput": ".api_list_evaluation_metrics_output",
    "ApiListEvaluationRunsByTestCaseOutput": ".api_list_evaluation_runs_by_test_case_output",
    "ApiListEvaluationTestCasesByWorkspaceOutput": ".api_list_evaluation_test_cases_by_workspace_output",
    "ApiListEvaluationTestCasesOutput": ".api_list_evaluation_test_cases_output",
    "ApiListIndexingJobDataSourcesOutput": ".api_list_indexing_job_data_sources_output",
    "ApiListKnowledgeBaseDataSourcesOutput": ".api_list_knowledge_base_data_sources_output",
    "ApiListKnowledgeBaseIndexingJobsOutput": ".api_list_knowledge_base_indexing_jobs_output",
    "ApiListKnowledgeBasesOutput": ".api_list_knowledge_bases_output",
    "ApiListModelAPIKeysOutput": ".api_list_model_api_keys_output",
    "ApiListModelCatalogOutput": ".api_list_model_catalog_output",
    "ApiListModelEvaluationMetricsOutput": ".api_list_model_evaluation_metrics_output",
    "ApiListModelEvaluationPresetsOutput": ".api_list_model_evaluation_presets_output",
    "ApiListModelEvaluationRunsOutput": ".api_list_model_evaluation_runs_output",
    "ApiListModelRouterPresetsOutput": ".api_list_model_router_presets_output",
    "ApiListModelRouterTaskPresetsOutput": ".api_list_model_router_task_presets_output",
    "ApiListModelRoutersOutput": ".api_list_model_routers_output",
    "ApiListModelsOutputPublic": ".api_list_models_output_public",
    "ApiListOpenAIAPIKeysOutput": ".api_list_open_aiapi_keys_output",
    "ApiListRegionsOutput": ".api_list_regions_output",
    "ApiListWorkspacesOutput": ".api_list_workspaces_output",
    "ApiLLMSpan": ".api_llm_span",
    "ApiLLMSpanToolsItem": ".api_llm_span_tools_item",
    "ApiMcpServer": ".api_mcp_server",
    "ApiMcpServerHeaders": ".api_mcp_server_headers",
    "ApiMeta": ".api_meta",
    "ApiMetricResultSummary": ".api_metric_result_summary",
    "ApiModel": ".api_model",
    "ApiModelAPIKeyInfo": ".api_model_api_key_info",
    "ApiModelBenchmarkScore": ".api_model_benchmark_score",
    "ApiModelBillingMode": ".api_model_billing_mode",
    "ApiModelCatalogCard": ".api_model_catalog_card",
    "ApiModelCatalogCardBenchmarkScore": ".api_model_catalog_card_benchmark_score",
    "ApiModelCatalogEntry": ".api_model_catalog_entry",
    "ApiModelCatalogEntryBenchmarkScore": ".api_model_catalog_entry_benchmark_score",
    "ApiModelEndpoint": ".api_model_endpoint",
    "ApiModelEvaluationPreset": ".api_model_evaluation_preset",
    "ApiModelEvaluationResult": ".api_model_evaluation_result",
    "ApiModelEvaluationRunDetail": ".api_model_evaluation_run_detail",
    "ApiModelEvaluationRunProgress": ".api_model_evaluation_run_progress",
    "ApiModelEvaluationRunResultSummary": ".api_model_evaluation_run_result_summary",
    "ApiModelEvaluationRunStatus": ".api_model_evaluation_run_status",
    "ApiModelEvaluationRunSummary": ".api_model_evaluation_run_summary",
    "ApiModelMetadata": ".api_model_metadata",
    "ApiModelModalities": ".api_model_modalities",
    "ApiModelPricing": ".api_model_pricing",
    "ApiModelPricingDetail": ".api_model_pricing_detail",
    "ApiModelPricingEntry": ".api_model_pricing_entry",
    "ApiModelPricingInterval": ".api_model_pricing_interval",
    "ApiModelPricingTier": ".api_model_pricing_tier",
    "ApiModelPricingVariant": ".api_model_pricing_variant",
    "ApiModelProvider": ".api_model_provider",
    "ApiModelProviderKeyInfo": ".api_model_provider_key_info",
    "ApiModelPublic": ".api_model_public",
    "ApiModelPublicBenchmarkScore": ".api_model_public_benchmark_score",
    "ApiModelRouter": ".api_model_router",
    "ApiModelRouterConfig": ".api_model_router_config",
    "ApiModelRouterPreset": ".api_model_router_preset",
    "ApiModelRouterSelectionPolicy": ".api_model_router_selection_policy",
    "ApiModelRouterTaskDetails": ".api_model_router_task_details",
    "ApiModelRouterTaskPolicy": ".api_model_router_task_policy",
    "ApiModelRouterTaskPreset": ".api_model_router_task_preset",
    "ApiModelScaledPricing": ".api_model_scaled_pricing",
    "ApiModelSetting": ".api_model_setting",
    "ApiModelUsecase": ".api_model_usecase",
    "ApiModelVersion": ".api_model_version",
    "ApiMoveAgentsToWorkspaceInputPublic": ".api_move_agents_to_workspace_input_public",
    "ApiMoveAgentsToWorkspaceOutput": ".api_move_agents_to_workspace_output",
    "ApiOpenAIAPIKeyInfo": ".api_open_aiapi_key_info",
    "ApiOpenSearchPlanSize": ".api_open_search_plan_size",
    "ApiPages": ".api_pages",
    "ApiPerModelResultSummaries": ".api_per_model_result_summaries",
    "ApiPerModelResultSummary": ".api_per_model_result_summary",
    "ApiPerTaskResultSummaries": ".api_per_task_result_summaries",
    "ApiPerTaskResultSummary": ".api_per_task_result_summary",
    "ApiPerformanceMetrics": ".api_performance_metrics",
    "ApiPresetSaveSection": ".api_preset_save_section",
    "ApiPresignedUrlFile": ".api_presigned_url_file",
    "ApiPrompt": ".api_prompt",
    "ApiPromptChunk": ".api_prompt_chunk",
    "ApiRegenerateAgentAPIKeyOutput": ".api_regenerate_agent_api_key_output",
    "ApiRegenerateModelAPIKeyOutput": ".api_regenerate_model_api_key_output",
    "ApiRerankingConfiguration": ".api_reranking_configuration",
    "ApiResourceUsage": ".api_resource_usage",
    "ApiRetrievalMethod": ".api_retrieval_method",
    "ApiRetrieverSpan": ".api_retriever_span",
    "ApiRollbackToAgentVersionInputPublic": ".api_rollback_to_agent_version_input_public",
    "ApiRollbackToAgentVersionOutput": ".api_rollback_to_agent_version_output",
    "ApiRunEvaluationTestCaseInputPublic": ".api_run_evaluation_test_case_input_public",
    "ApiRunEvaluationTestCaseOutput": ".api_run_evaluation_test_case_output",
    "ApiScheduledIndexingInfo": ".api_scheduled_indexing_info",
    "ApiSpacesDataSource": ".api_spaces_data_source",
    "ApiSpanCommon": ".api_span_common",
    "ApiSpanCommonMetadata": ".api_span_common_metadata",
    "ApiStarMetric": ".api_star_metric",
    "ApiStarMetricSummary": ".api_star_metric_summary",
    "ApiStartKnowledgeBaseIndexingJobInputPublic": ".api_start_knowledge_base_indexing_job_input_public",
    "ApiStartKnowledgeBaseIndexingJobOutput": ".api_start_knowledge_base_indexing_job_output",
    "ApiTokenPricing": ".api_token_pricing",
    "ApiTokenUsage": ".api_token_usage",
    "ApiToolSpan": ".api_tool_span",
    "ApiTraceSpan": ".api_trace_span",
    "ApiTraceSpanInput": ".api_trace_span_input",
    "ApiTraceSpanOutput": ".api_trace_span_output",
    "ApiTraceSpanType": ".api_trace_span_type",
    "ApiUnlinkAgentFunctionOutput": ".api_unlink_agent_function_output",
    "ApiUnlinkAgentGuardrailOutput": ".api_unlink_agent_guardrail_output",
    "ApiUnlinkAgentOutput": ".api_unlink_agent_output",
    "ApiUnlinkKnowledgeBaseOutput": ".api_unlink_knowledge_base_output",
    "ApiUpdateAgentAPIKeyInputPublic": ".api_update_agent_api_key_input_public",
    "ApiUpdateAgentAPIKeyOutput": ".api_update_agent_api_key_output",
    "ApiUpdateAgentDeploymentVisbilityOutput": ".api_update_agent_deployment_visbility_output",
    "ApiUpdateAgentDeploymentVisibilityInputPublic": ".api_update_agent_deployment_visibility_input_public",
    "ApiUpdateAgentFunctionInputPublic": ".api_update_agent_function_input_public",
    "ApiUpdateAgentFunctionInputPublicInputSchema": ".api_update_agent_function_input_public_input_schema",
    "ApiUpdateAgentFunctionInputPublicOutputSchema": ".api_update_agent_function_input_public_output_schema",
    "ApiUpdateAgentFunctionOutput": ".api_update_agent_function_output",
    "ApiUpdateAgentInputPublic": ".api_update_agent_input_public",
    "ApiUpdateAgentOutput": ".api_update_agent_output",
    "ApiUpdateAnthropicAPIKeyInputPublic": ".api_update_anthropic_api_key_input_public",
    "ApiUpdateAnthropicAPIKeyOutput": ".api_update_anthropic_api_key_output",
    "ApiUpdateCustomEvaluationMetricInputPublic": ".api_update_custom_evaluation_metric_input_public",
    "ApiUpdateCustomEvaluationMetricOutput": ".api_update_custom_evaluation_metric_output",
    "ApiUpdateCustomModelMetadataInputPublic": ".api_update_custom_model_metadata_input_public",
    "ApiUpdateCustomModelMetadataOutputPublic": ".api_update_custom_model_metadata_output_public",
    "ApiUpdateEvaluationTestCaseInputPublic": ".api_update_evaluation_test_case_input_public",
    "ApiUpdateEvaluationTestCaseOutput": ".api_update_evaluation_test_case_output",
    "ApiUpdateKnowledgeBaseDataSourceInputPublic": ".api_update_knowledge_base_data_source_input_public",
    "ApiUpdateKnowledgeBaseDataSourceOutput": ".api_update_knowledge_base_data_source_output",
    "ApiUpdateKnowledgeBaseInputPublic": ".api_update_knowledge_base_input_public",
    "ApiUpdateKnowledgeBaseOutput": ".api_update_knowledge_base_output",
    "ApiUpdateLinkedAgentInputPublic": ".api_update_linked_agent_input_public",
    "ApiUpdateLinkedAgentOutput": ".api_update_linked_agent_output",
    "ApiUpdateModelAPIKeyInputPublic": ".api_update_model_api_key_input_public",
    "ApiUpdateModelAPIKeyOutput": ".api_update_model_api_key_output",
    "ApiUpdateModelEvaluationRunInputPublic": ".api_update_model_evaluation_run_input_public",
    "ApiUpdateModelEvaluationRunOutput": ".api_update_model_evaluation_run_output",
    "ApiUpdateModelRouterInputPublic": ".api_update_model_router_input_public",
    "ApiUpdateModelRouterInputPublicFallbackModelsItem": ".api_update_model_router_input_public_fallback_models_item",
    "ApiUpdateModelRouterOutput": ".api_update_model_router_output",
    "ApiUpdateOpenAIAPIKeyInputPublic": ".api_update_open_aiapi_key_input_public",
    "ApiUpdateOpenAIAPIKeyOutput": ".api_update_open_aiapi_key_output",
    "ApiUpdateWorkspaceInputPublic": ".api_update_workspace_input_public",
    "ApiUpdateWorkspaceOutput": ".api_update_workspace_output",
    "ApiUsageMeasurement": ".api_usage_measurement",
    "ApiWebCrawlerDataSource": ".api_web_crawler_data_source",
    "ApiWorkflowSpan": ".api_workflow_span",
    "ApiWorkspace": ".api_workspace",
    "App": ".app",
    "AppAlert": ".app_alert",
    "AppAlertPhase": ".app_alert_phase",
    "AppAlertProgress": ".app_alert_progress",
    "AppAlertProgressStep": ".app_alert_progress_step",
    "AppAlertProgressStepReason": ".app_alert_progress_step_reason",
    "AppAlertProgressStepStatus": ".app_alert_progress_step_status",
    "AppAlertSlackWebhook": ".app_alert_slack_webhook",
    "AppAlertSpec": ".app_alert_spec",
    "AppAlertSpecOperator": ".app_alert_spec_operator",
    "AppAlertSpecRule": ".app_alert_spec_rule",
    "AppAlertSpecWindow": ".app_alert_spec_window",
    "AppAutoscalingSpec": ".app_autoscaling_spec",
    "AppAutoscalingSpecMetrics": ".app_autoscaling_spec_metrics",
    "AppAutoscalingSpecMetricsCpu": ".app_autoscaling_spec_metrics_cpu",
    "AppAutoscalingSpecService": ".app_autoscaling_spec_service",
    "AppAutoscalingSpecServiceMetrics": ".app_autoscaling_spec_service_metrics",
    "AppAutoscalingSpecServiceMetricsRequestDuration": ".app_autoscaling_spec_service_metrics_request_duration",
    "AppAutoscalingSpecServiceMetricsRequestsPerSecond": ".app_autoscaling_spec_service_metrics_requests_per_second",
    "AppComponentBase": ".app_component_base",
    "AppComponentHealth": ".app_component_health",
    "AppComponentHealthState": ".app_component_health_state",
    "AppComponentInstanceBase": ".app_component_instance_base",
    "AppComponentInstanceBaseDeprecated": ".app_component_instance_base_deprecated",
    "AppComponentInstanceBaseSizeSlug": ".app_component_instance_base_size_slug",
    "AppDatabaseSpec": ".app_database_spec",
    "AppDatabaseSpecEngine": ".app_database_spec_engine",
    "AppDomainSpec": ".app_domain_spec",
    "AppDomainSpecMinimumTlsVersion": ".app_domain_spec_minimum_tls_version",
    "AppDomainSpecType": ".app_domain_spec_type",
    "AppDomainValidation": ".app_domain_validation",
    "AppEgressSpec": ".app_egress_spec",
    "AppEvent": ".app_event",
    "AppEventAutoscaling": ".app_event_autoscaling",
    "AppEventAutoscalingComponents": ".app_event_autoscaling_components",
    "AppEventAutoscalingComponentsAdditionalProperty": ".app_event_autoscaling_components_additional_property",
    "AppEventAutoscalingPhase": ".app_event_autoscaling_phase",
    "AppEventType": ".app_event_type",
    "AppEvents": ".app_events",
    "AppFunctionsComponentHealth": ".app_functions_component_health",
    "AppFunctionsComponentHealthFunctionsComponentHealthMetricsItem": ".app_functions_component_health_functions_component_health_metrics_item",
    "AppFunctionsSpec": ".app_functions_spec",
    "AppFunctionsSpecCors": ".app_functions_spec_cors",
    "AppHealth": ".app_health",
    "AppHealthCheckSpec": ".app_health_check_spec",
    "AppHealthResponse": ".app_health_response",
    "AppIngressSpec": ".app_ingress_spec",
    "AppIngressSpecRule": ".app_ingress_spec_rule",
    "AppIngressSpecRuleMatch": ".app_ingress_spec_rule_match",
    "AppIngressSpecRuleRoutingComponent": ".app_ingress_spec_rule_routing_component",
    "AppIngressSpecRuleRoutingRedirect": ".app_ingress_spec_rule_routing_redirect",
    "AppIngressSpecRuleStringMatchExact": ".app_ingress_spec_rule_string_match_exact",
    "AppIngressSpecRuleStringMatchPrefix": ".app_ingress_spec_rule_string_match_prefix",
    "AppInstance": ".app_instance",
    "AppInstanceComponentType": ".app_instance_component_type",
    "AppInstances": ".app_instances",
    "AppJobInvocation": ".app_job_invocation",
    "AppJobInvocationPhase": ".app_job_invocation_phase",
    "AppJobInvocationTheJobInvocationTrigger": ".app_job_invocation_the_job_invocation_trigger",
    "AppJobInvocationTheJobInvocationTriggerManual": ".app_job_invocation_the_job_invocation_trigger_manual",
    "AppJobInvocationTheJobInvocationTriggerManualUser": ".app_job_invocation_the_job_invocation_trigger_manual_user",
    "AppJobInvocationTheJobInvocationTriggerScheduled": ".app_job_invocation_the_job_invocation_trigger_scheduled",
    "AppJobInvocationTheJobInvocationTriggerScheduledSchedule": ".app_job_invocation_the_job_invocation_trigger_scheduled_schedule",
    "AppJobInvocationTheJobInvocationTriggerType": ".app_job_invocation_the_job_invocation_trigger_type",
    "AppJobInvocations": ".app_job_invocations",
    "AppJobSpec": ".app_job_spec",
    "AppJobSpecKind": ".app_job_spec_kind",
    "AppJobSpecTermination": ".app_job_spec_termination",
    "AppLogDestinationDatadogSpec": ".app_log_destination_datadog_spec",
    "AppLogDestinationLogtailSpec": ".app_log_destination_logtail_spec",
    "AppLogDestinationOpenSearchSpec": ".app_log_destination_open_search_spec",
    "AppLogDestinationOpenSearchSpecBasicAuth": ".app_log_destination_open_search_spec_basic_auth",
    "AppLogDestinationPapertrailSpec": ".app_log_destination_papertrail_spec",
    "AppMaintenanceSpec": ".app_maintenance_spec",
    "AppMetricsBandwidthUsage": ".app_metrics_bandwidth_usage",
    "AppMetricsBandwidthUsageDetails": ".app_metrics_bandwidth_usage_details",
    "AppMetricsBandwidthUsageRequest": ".app_metrics_bandwidth_usage_request",
    "AppPendingDeployment": ".app_pending_deployment",
    "AppPinnedDeployment": ".app_pinned_deployment",
    "AppPropose": ".app_propose",
    "AppProposeResponse": ".app_propose_response",
    "AppResponse": ".app_response",
    "AppRollbackValidationCondition": ".app_rollback_validation_condition",
    "AppRollbackValidationConditionCode": ".app_rollback_validation_condition_code",
    "AppServiceSpec": ".app_service_spec",
    "AppServiceSpecCors": ".app_service_spec_cors",
    "AppServiceSpecHealthCheck": ".app_service_spec_health_check",
    "AppServiceSpecProtocol": ".app_service_spec_protocol",
    "AppServiceSpecTermination": ".app_service_spec_termination",
    "AppSpec": ".app_spec",
    "AppSpecRegion": ".app_spec_region",
    "AppStaticSiteSpec": ".app_static_site_spec",
    "AppStaticSiteSpecCors": ".app_static_site_spec_cors",
    "AppVariableDefinition": ".app_variable_definition",
    "AppVariableDefinitionScope": ".app_variable_definition_scope",
    "AppVariableDefinitionType": ".app_variable_definition_type",
    "AppWorkerSpec": ".app_worker_spec",
    "AppWorkerSpecTermination": ".app_worker_spec_termination",
    "AppsAlertResponse": ".apps_alert_response",
    "AppsAssignAppAlertDestinationsRequest": ".apps_assign_app_alert_destinations_request",
    "AppsBitbucketSourceSpec": ".apps_bitbucket_source_spec",
    "AppsCancelEventResponse200": ".apps_cancel_event_response_200",
    "AppsCorsPolicy": ".apps_cors_policy",
    "AppsCreateAccept": ".apps_create_accept",
    "AppsCreateAppRequest": ".apps_create_app_request",
    "AppsCreateContentType": ".apps_create_content_type",
    "AppsCreateDeploymentRequest": ".apps_create_deployment_request",
    "AppsDedicatedEgressIp": ".apps_dedicated_egress_ip",
    "AppsDeleteAppResponse": ".apps_delete_app_response",
    "AppsDeploymentFunctions": ".apps_deployment_functions",
    "AppsDeploymentJob": ".apps_deployment_job",
    "AppsDeploymentPhase": ".apps_deployment_phase",
    "AppsDeploymentProgress": ".apps_deployment_progress",
    "AppsDeploymentProgressStepReason": ".apps_deployment_progress_step_reason",
    "AppsDeploymentProgressStepStatus": ".apps_deployment_progress_step_status",
    "AppsDeploymentResponse": ".apps_deployment_response",
    "AppsDeploymentService": ".apps_deployment_service",
    "AppsDeploymentStaticSite": ".apps_deployment_static_site",
    "AppsDeploymentWorker": ".apps_deployment_worker",
    "AppsDeploymentsResponse": ".apps_deployments_response",
    "AppsDomain": ".apps_domain",
    "AppsDomainPhase": ".apps_domain_phase",
    "AppsDomainProgress": ".apps_domain_progress",
    "AppsDomainProgressStepsItem": ".apps_domain_progress_steps_item",
    "AppsGetEventLogsType": ".apps_get_event_logs_type",
    "AppsGetEventResponse200": ".apps_get_event_response_200",
    "AppsGetExecResponse": ".apps_get_exec_response",
    "AppsGetInstanceSizeResponse": ".apps_get_instance_size_response",
    "AppsGetJobInvocationLogsType": ".apps_get_job_invocation_logs_type",
    "AppsGetLogsActiveDeploymentAggregateType": ".apps_get_logs_active_deployment_aggregate_type",
    "AppsGetLogsActiveDeploymentType": ".apps_get_logs_active_deployment_type",
    "AppsGetLogsAggregateType": ".apps_get_logs_aggregate_type",
    "AppsGetLogsResponse": ".apps_get_logs_response",
    "AppsGetLogsType": ".apps_get_logs_type",
    "AppsGitSourceSpec": ".apps_git_source_spec",
    "AppsGithubSourceSpec": ".apps_github_source_spec",
    "AppsGitlabSourceSpec": ".apps_gitlab_source_spec",
    "AppsImageSourceSpec": ".apps_image_source_spec",
    "AppsImageSourceSpecDeployOnPush": ".apps_image_source_spec_deploy_on_push",
    "AppsImageSourceSpecRegistryType": ".apps_image_source_spec_registry_type",
    "AppsInstanceSize": ".apps_instance_size",
    "AppsListAlertsResponse": ".apps_list_alerts_response",
    "AppsListDeploymentsDeploymentTypesItem": ".apps_list_deployments_deployment_types_item",
    "AppsListEventsEventTypesItem": ".apps_list_events_event_types_item",
    "AppsListInstanceSizesResponse": ".apps_list_instance_sizes_response",
    "AppsListRegionsResponse": ".apps_list_regions_response",
    "AppsResponse": ".apps_response",
    "AppsRestartRequest": ".apps_restart_request",
    "AppsRollbackAppRequest": ".apps_rollback_app_request",
    "AppsStringMatch": ".apps_string_match",
    "AppsUpdateAppRequest": ".apps_update_app_request",
    "AppsValidateRollbackResponse200": ".apps_validate_rollback_response_200",
    "AppsValidateRollbackResponse200Error": ".apps_validate_rollback_response_200_error",
    "AppsVpc": ".apps_vpc",
    "AppsVpcEgressIp": ".apps_vpc_egress_ip",
    "AssignDropletsByID": ".assign_droplets_by_id",
    "AssignDropletsByTag": ".assign_droplets_by_tag",
    "AssociatedKubernetesResource": ".associated_kubernetes_resource",
    "AssociatedKubernetesResources": ".associated_kubernetes_resources",
    "AssociatedResource": ".associated_resource",
    "AssociatedResourceStatus": ".associated_resource_status",
    "AssociatedResourceStatusResources": ".associated_resource_status_resources",
    "AsyncInvokeRequest": ".async_invoke_request",
    "AsyncInvokeRequestInput": ".async_invoke_request_input",
    "AsyncInvokeRequestTagsType0Item": ".async_invoke_request_tags_type_0_item",
    "AsyncInvokeResponse": ".async_invoke_response",
    "AsyncInvokeResponseOutputType0": ".async_invoke_response_output_type_0",
    "AsyncInvokeResponseStatus": ".async_invoke_response_status",
    "AutoscalePool": ".autoscale_pool",
    "AutoscalePoolCreate": ".autoscale_pool_create",
    "AutoscalePoolDropletTemplate": ".autoscale_pool_droplet_template",
    "AutoscalePoolDropletTemplateRegion": ".autoscale_pool_droplet_template_region",
    "AutoscalePoolDynamicConfig": ".autoscale_pool_dynamic_config",
    "AutoscalePoolStaticConfig": ".autoscale_pool_static_config",
    "AutoscalePoolStatus": ".autoscale_pool_status",
    "AutoscalepoolsCreateResponse202": ".autoscalepools_create_response_202",
    "AutoscalepoolsGetResponse200": ".autoscalepools_get_response_200",
    "AutoscalepoolsListHistoryResponse200": ".autoscalepools_list_history_response_200",
    "AutoscalepoolsListMembersResponse200": ".autoscalepools_list_members_response_200",
    "AutoscalepoolsListResponse200": ".autoscalepools_list_response_200",
    "AutoscalepoolsUpdateResponse200": ".autoscalepools_update_response_200",
    "Backup": ".backup",
    "BackwardLinks": ".backward_links",
    "Balance": ".balance",
    "Batch": ".batch",
    "BatchCompletionWindow": ".batch_completion_window",
    "BatchCreateRequest": ".batch_create_request",
    "BatchCreateRequestCompletionWindow": ".batch_create_request_completion_window",
    "BatchCreateRequestEndpoint": ".batch_create_request_endpoint",
    "BatchCreateRequestMetadataType0": ".batch_create_request_metadata_type_0",
    "BatchCreateRequestProvider": ".batch_create_request_provider",
    "BatchErrorsType0Item": ".batch_errors_type_0_item",
    "BatchFileCreateRequest": ".batch_file_create_request",
    "BatchFileCreateResponse": ".batch_file_create_response",
    "BatchListResponse": ".batch_list_response",
    "BatchListResponseObject": ".batch_list_response_object",
    "BatchMetadataType0": ".batch_metadata_type_0",
    "BatchProvider": ".batch_provider",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchResultsResponse": ".batch_results_response",
    "BatchStatus": ".batch_status",
    "BGP": ".bgp",
    "BGPBgp": ".bgp_bgp",
    "BillingAddress": ".billing_address",
    "BillingDataPoint": ".billing_data_point",
    "BillingHistory": ".billing_history",
    "BillingHistoryListResponse200": ".billing_history_list_response_200",
    "BillingHistoryType": ".billing_history_type",
    "BillingInsightsListResponse200": ".billing_insights_list_response_200",
    "ByoipPrefix": ".byoip_prefix",
    "ByoipPrefixCreate": ".byoip_prefix_create",
    "ByoipPrefixResource": ".byoip_prefix_resource",
    "ByoipPrefixUpdate": ".byoip_prefix_update",
    "ByoipPrefixValidationsItem": ".byoip_prefix_validations_item",
    "ByoipPrefixesCreateResponse202": ".byoip_prefixes_create_response_202",
    "ByoipPrefixesGetResponse200": ".byoip_prefixes_get_response_200",
    "ByoipPrefixesListResourcesResponse200": ".byoip_prefixes_list_resources_response_200",
    "ByoipPrefixesListResponse200": ".byoip_prefixes_list_response_200",
    "ByoipPrefixesPatchResponse202": ".byoip_prefixes_patch_response_202",
    "Ca": ".ca",
    "CdnCreateEndpointResponse201": ".cdn_create_endpoint_response_201",
    "CdnEndpoint": ".cdn_endpoint",
    "CdnEndpointTtl": ".cdn_endpoint_ttl",
    "CdnGetEndpointResponse200": ".cdn_get_endpoint_response_200",
    "CdnListEndpointsResponse200": ".cdn_list_endpoints_response_200",
    "CdnUpdateEndpointsResponse200": ".cdn_update_endpoints_response_200",
    "Certificate": ".certificate",
    "CertificateCreateBase": ".certificate_create_base",
    "CertificateCreateBaseType": ".certificate_create_base_type",
    "CertificateState": ".certificate_state",
    "CertificateType": ".certificate_type",
    "CertificatesCreateResponse201": ".certificates_create_response_201",
    "CertificatesGetResponse200": ".certificates_get_response_200",
    "CertificatesListResponse200": ".certificates_list_response_200",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoicesItem": ".chat_completion_chunk_choices_item",
    "ChatCompletionChunkChoicesItemFinishReason": ".chat_completion_chunk_choices_item_finish_reason",
    "ChatCompletionChunkChoicesItemLogprobsType0": ".chat_completion_chunk_choices_item_logprobs_type_0",
    "ChatCompletionChunkObject": ".chat_completion_chunk_object",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionRequestLogitBiasType0": ".chat_completion_request_logit_bias_type_0",
    "ChatCompletionRequestMetadataType0": ".chat_completion_request_metadata_type_0",
    "ChatCompletionRequestReasoningEffort": ".chat_completion_request_reasoning_effort",
    "ChatCompletionRequestStreamOptionsType0": ".chat_completion_request_stream_options_type_0",
    "ChatCompletionRequestToolChoiceType0": ".chat_completion_request_tool_choice_type_0",
    "ChatCompletionRequestToolChoiceType1": ".chat_completion_request_tool_choice_type_1",
    "ChatCompletionRequestToolChoiceType1Function": ".chat_completion_request_tool_choice_type_1_function",
    "ChatCompletionRequestToolChoiceType1Type": ".chat_completion_request_tool_choice_type_1_type",
    "ChatCompletionResponse": ".chat_completion_response",
    "ChatCompletionResponseChoicesItem": ".chat_completion_response_choices_item",
    "ChatCompletionResponseChoicesItemFinishReason": ".chat_completion_response_choices_item_finish_reason",
    "ChatCompletionResponseChoicesItemLogprobsType0": ".chat_completion_response_choices_item_logprobs_type_0",
    "ChatCompletionResponseChoicesItemMessage": ".chat_completion_response_choices_item_message",
    "ChatCompletionResponseChoicesItemMessageRole": ".chat_completion_response_choices_item_message_role",
    "ChatCompletionResponseChoicesItemMessageToolCallsItem": ".chat_completion_response_choices_item_message_tool_calls_item",
    "ChatCompletionResponseChoicesItemMessageToolCallsItemFunction": ".chat_completion_response_choices_item_message_tool_calls_item_function",
    "ChatCompletionResponseChoicesItemMessageToolCallsItemType": ".chat_completion_response_choices_item_message_tool_calls_item_type",
    "ChatCompletionResponseObject": ".chat_completion_response_object",
    "ChatCompletionStreamResponseDelta": ".chat_completion_stream_response_delta",
    "ChatCompletionStreamResponseDeltaRole": ".chat_completion_stream_response_delta_role",
    "ChatCompletionTokenLogprob": ".chat_completion_token_logprob",
    "ChatCompletionTool": ".chat_completion_tool",
    "ChatCompletionToolCall": ".chat_completion_tool_call",
    "ChatCompletionToolCallChunk": ".chat_completion_tool_call_chunk",
    "ChatCompletionToolCallChunkFunction": ".chat_completion_tool_call_chunk_function",
    "ChatCompletionToolCallChunkType": ".chat_completion_tool_call_chunk_type",
    "ChatCompletionToolCallFunction": ".chat_completion_tool_call_function",
    "ChatCompletionToolCallType": ".chat_completion_tool_call_type",
    "ChatCompletionToolType": ".chat_completion_tool_type",
    "ChatCompletionTopLogprobItem": ".chat_completion_top_logprob_item",
    "ChatMessage": ".chat_message",
    "ChatMessageRole": ".chat_message_role",
    "Check": ".check",
    "CheckBase": ".check_base",
    "CheckUpdatable": ".check_updatable",
    "CheckUpdatableRegionsItem": ".check_updatable_regions_item",
    "CheckUpdatableType": ".check_updatable_type",
    "Cluster": ".cluster",
    "ClusterAutoscalerConfigurationType0": ".cluster_autoscaler_configuration_type_0",
    "ClusterAutoscalerConfigurationType0ExpandersItem": ".cluster_autoscaler_configuration_type_0_expanders_item",
    "ClusterRead": ".cluster_read",
    "ClusterReadStatus": ".cluster_read_status",
    "ClusterReadStatusState": ".cluster_read_status_state",
    "ClusterRegistries": ".cluster_registries",
    "ClusterRegistry": ".cluster_registry",
    "ClusterStatus": ".cluster_status",
    "ClusterStatusState": ".cluster_status_state",
    "ClusterUpdate": ".cluster_update",
    "ClusterlintRequest": ".clusterlint_request",
    "ClusterlintResults": ".clusterlint_results",
    "ClusterlintResultsDiagnosticsItem": ".clusterlint_results_diagnostics_item",
    "ClusterlintResultsDiagnosticsItemObject": ".clusterlint_results_diagnostics_item_object",
    "CompletionUsage": ".completion_usage",
    "CompletionUsageCacheCreation": ".completion_usage_cache_creation",
    "ConfigurationsForExternalLogging": ".configurations_for_external_logging",
    "ConnectionPool": ".connection_pool",
    "ConnectionPoolConnection": ".connection_pool_connection",
    "ConnectionPoolPrivateConnection": ".connection_pool_private_connection",
    "ConnectionPoolStandbyConnection": ".connection_pool_standby_connection",
    "ConnectionPoolStandbyPrivateConnection": ".connection_pool_standby_private_connection",
    "ConnectionPoolUpdate": ".connection_pool_update",
    "ConnectionPools": ".connection_pools",
    "ControlPlaneFirewallType0": ".control_plane_firewall_type_0",
    "CorednsAutoscalerType0": ".coredns_autoscaler_type_0",
    "CreateImageRequest": ".create_image_request",
    "CreateImageRequestSize": ".create_image_request_size",
    "CreateNamespace": ".create_namespace",
    "CreateResponseRequest": ".create_response_request",
    "CreateResponseRequestInputType1Item": ".create_response_request_input_type_1_item",
    "CreateResponseRequestInputType1ItemRole": ".create_response_request_input_type_1_item_role",
    "CreateResponseRequestMetadataType0": ".create_response_request_metadata_type_0",
    "CreateResponseRequestStreamOptionsType0": ".create_response_request_stream_options_type_0",
    "CreateResponseRequestToolChoiceType0": ".create_response_request_tool_choice_type_0",
    "CreateResponseRequestToolChoiceType1": ".create_response_request_tool_choice_type_1",
    "CreateResponseRequestToolChoiceType1Function": ".create_response_request_tool_choice_type_1_function",
    "CreateResponseRequestToolChoiceType1Type": ".create_response_request_tool_choice_type_1_type",
    "CreateResponseRequestToolsType0Item": ".create_response_request_tools_type_0_item",
    "CreateResponseRequestToolsType0ItemParameters": ".create_response_request_tools_type_0_item_parameters",
    "CreateResponseRequestToolsType0ItemType": ".create_response_request_tools_type_0_item_type",
    "CreateResponseResponse": ".create_response_response",
    "CreateResponseResponseObject": ".create_response_response_object",
    "CreateResponseResponseOutputItem": ".create_response_response_output_item",
    "CreateResponseResponseOutputItemContentItem": ".create_response_response_output_item_content_item",
    "CreateResponseResponseOutputItemContentItemType": ".create_response_response_output_item_content_item_type",
    "CreateResponseResponseOutputItemType": ".create_response_response_output_item_type",
    "CreateResponseResponseToolsType0Item": ".create_response_response_tools_type_0_item",
    "CreateResponseResponseToolsType0ItemParameters": ".create_response_response_tools_type_0_item_parameters",
    "CreateResponseResponseToolsType0ItemType": ".create_response_response_tools_type_0_item_type",
    "CreateResponseStreamResponse": ".create_response_stream_response",
    "CreateResponseStreamResponseChoicesItem": ".create_response_stream_response_choices_item",
    "CreateResponseStreamResponseChoicesItemDelta": ".create_response_stream_response_choices_item_delta",
    "CreateResponseStreamResponseChoicesItemDeltaRole": ".create_response_stream_response_choices_item_delta_role",
    "CreateResponseStreamResponseChoicesItemDeltaToolCallsType0Item": ".create_response_stream_response_choices_item_delta_tool_calls_type_0_item",
    "CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemFunction": ".create_response_stream_response_choices_item_delta_tool_calls_type_0_item_function",
    "CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemType": ".create_response_stream_response_choices_item_delta_tool_calls_type_0_item_type",
    "CreateResponseStreamResponseChoicesItemFinishReason": ".create_response_stream_response_choices_item_finish_reason",
    "CreateResponseStreamResponseChoicesItemLogprobsType0": ".create_response_stream_response_choices_item_logprobs_type_0",
    "CreateResponseStreamResponseObject": ".create_response_stream_response_object",
    "CreateTeam": ".create_team",
    "CreateTeamRequest": ".create_team_request",
    "CreateTrigger": ".create_trigger",
    "Credentials": ".credentials",
    "CurrentUtilization": ".current_utilization",
    "CustomCertificateRequest": ".custom_certificate_request",
    "CustomModelActiveDeployment": ".custom_model_active_deployment",
    "CustomModelActiveDeploymentEndpoints": ".custom_model_active_deployment_endpoints",
    "CustomModelSourceRef": ".custom_model_source_ref",
    "CustomModelSourceType": ".custom_model_source_type",
    "CustomModelTags": ".custom_model_tags",
    "Database": ".database",
    "DatabaseAutoscaleParams": ".database_autoscale_params",
    "DatabaseAutoscaleParamsStorage": ".database_autoscale_params_storage",
    "DatabaseBackup": ".database_backup",
    "DatabaseCluster": ".database_cluster",
    "DatabaseClusterConnection": ".database_cluster_connection",
    "DatabaseClusterDoSettings": ".database_cluster_do_settings",
    "DatabaseClusterEngine": ".database_cluster_engine",
    "DatabaseClusterPrivateConnection": ".database_cluster_private_connection",
    "DatabaseClusterRead": ".database_cluster_read",
    "DatabaseClusterReadConnection": ".database_cluster_read_connection",
    "DatabaseClusterReadDoSettings": ".database_cluster_read_do_settings",
    "DatabaseClusterReadEngine": ".database_cluster_read_engine",
    "DatabaseClusterReadPrivateConnection": ".database_cluster_read_private_connection",
    "DatabaseClusterReadSchemaRegistryConnection": ".database_cluster_read_schema_registry_connection",
    "DatabaseClusterReadStandbyConnection": ".database_cluster_read_standby_connection",
    "DatabaseClusterReadStandbyPrivateConnection": ".database_cluster_read_standby_private_connection",
    "DatabaseClusterReadStatus": ".database_cluster_read_status",
    "DatabaseClusterReadUiConnection": ".database_cluster_read_ui_connection",
    "DatabaseClusterResize": ".database_cluster_resize",
    "DatabaseClusterSchemaRegistryConnection": ".database_cluster_schema_registry_connection",
    "DatabaseClusterStandbyConnection": ".database_cluster_standby_connection",
    "DatabaseClusterStandbyPrivateConnection": ".database_cluster_standby_private_connection",
    "DatabaseClusterStatus": ".database_cluster_status",
    "DatabaseClusterUiConnection": ".database_cluster_ui_connection",
    "DatabaseConfig": ".database_config",
    "DatabaseConnection": ".database_connection",
    "DatabaseKafkaSchemaCreate": ".database_kafka_schema_create",
    "DatabaseKafkaSchemaCreateSchemaType": ".database_kafka_schema_create_schema_type",
    "DatabaseLayoutOption": ".database_layout_option",
    "DatabaseLayoutOptions": ".database_layout_options",
    "DatabaseMaintenanceWindowType0": ".database_maintenance_window_type_0",
    "DatabaseMetricsCredentials": ".database_metrics_credentials",
    "DatabaseRegionOptions": ".database_region_options",
    "DatabaseReplica": ".database_replica",
    "DatabaseReplicaConnection": ".database_replica_connection",
    "DatabaseReplicaDoSettings": ".database_replica_do_settings",
    "DatabaseReplicaPrivateConnection": ".database_replica_private_connection",
    "DatabaseReplicaRead": ".database_replica_read",
    "DatabaseReplicaReadConnection": ".database_replica_read_connection",
    "DatabaseReplicaReadDoSettings": ".database_replica_read_do_settings",
    "DatabaseReplicaReadPrivateConnection": ".database_replica_read_private_connection",
    "DatabaseReplicaReadStatus": ".database_replica_read_status",
    "DatabaseReplicaStatus": ".database_replica_status",
    "DatabaseServiceEndpoint": ".database_service_endpoint",
    "DatabaseStorageAutoscaleParams": ".database_storage_autoscale_params",
    "DatabaseUser": ".database_user",
    "DatabaseUserRole": ".database_user_role",
    "DatabaseVersionAvailability": ".database_version_availability",
    "DatabaseVersionOptions": ".database_version_options",
    "DatabasesAddConnectionPoolResponse201": ".databases_add_connection_pool_response_201",
    "DatabasesAddResponse201": ".databases_add_response_201",
    "DatabasesAddUserBody": ".databases_add_user_body",
    "DatabasesAddUserResponse201": ".databases_add_user_response_201",
    "DatabasesBasicAuthCredentials": ".databases_basic_auth_credentials",
    "DatabasesCreateClusterBody": ".databases_create_cluster_body",
    "DatabasesCreateClusterResponse201": ".databases_create_cluster_response_201",
    "DatabasesCreateKafkaTopicResponse201": ".databases_create_kafka_topic_response_201",
    "DatabasesCreateLogsinkResponse201": ".databases_create_logsink_response_201",
    "DatabasesCreateReplicaResponse201": ".databases_create_replica_response_201",
    "DatabasesGetAutoscaleResponse200": ".databases_get_autoscale_response_200",
    "DatabasesGetCaResponse200": ".databases_get_ca_response_200",
    "DatabasesGetClusterMetricsCredentialsResponse200": ".databases_get_cluster_metrics_credentials_response_200",
    "DatabasesGetClusterResponse200": ".databases_get_cluster_response_200",
    "DatabasesGetConfigResponse200": ".databases_get_config_response_200",
    "DatabasesGetConnectionPoolResponse200": ".databases_get_connection_pool_response_200",
    "DatabasesGetDoSettingsResponse200": ".databases_get_do_settings_response_200",
    "DatabasesGetEvictionPolicyResponse200": ".databases_get_eviction_policy_response_200",
    "DatabasesGetKafkaSchemaConfigResponse200": ".databases_get_kafka_schema_config_response_200",
    "DatabasesGetKafkaSchemaConfigResponse200CompatibilityLevel": ".databases_get_kafka_schema_config_response_200_compatibility_level",
    "DatabasesGetKafkaSchemaSubjectConfigResponse200": ".databases_get_kafka_schema_subject_config_response_200",
    "DatabasesGetKafkaSchemaSubjectConfigResponse200CompatibilityLevel": ".databases_get_kafka_schema_subject_config_response_200_compatibility_level",
    "DatabasesGetKafkaTopicResponse200": ".databases_get_kafka_topic_response_200",
    "DatabasesGetReplicaResponse200": ".databases_get_replica_response_200",
    "DatabasesGetResponse200": ".databases_get_response_200",
    "DatabasesGetUserResponse200": ".databases_get_user_response_200",
    "DatabasesListBackupsResponse200": ".databases_list_backups_response_200",
    "DatabasesListBackupsResponse200ScheduledBackupTime": ".databases_list_backups_response_200_scheduled_backup_time",
    "DatabasesListClustersResponse200": ".databases_list_clusters_response_200",
    "DatabasesListEventsLogsResponse200": ".databases_list_events_logs_response_200",
    "DatabasesListFirewallRulesResponse200": ".databases_list_firewall_rules_response_200",
    "DatabasesListKafkaSchemasResponse200": ".databases_list_kafka_schemas_response_200",
    "DatabasesListKafkaTopicsResponse200": ".databases_list_kafka_topics_response_200",
    "DatabasesListLogsinkResponse200": ".databases_list_logsink_response_200",
    "DatabasesListOpeasearchIndexesResponse200": ".databases_list_opeasearch_indexes_response_200",
    "DatabasesListReplicasResponse200": ".databases_list_replicas_response_200",
    "DatabasesListResponse200": ".databases_list_response_200",
    "DatabasesListUsersResponse200": ".databases_list_users_response_200",
    "DatabasesResetAuthBody": ".databases_reset_auth_body",
    "DatabasesResetAuthResponse200": ".databases_reset_auth_response_200",
    "DatabasesUpdateDoSettingsBody": ".databases_update_do_settings_body",
    "DatabasesUpdateEvictionPolicyBody": ".databases_update_eviction_policy_body",
    "DatabasesUpdateFirewallRulesBody": ".databases_update_firewall_rules_body",
    "DatabasesUpdateKafkaSchemaConfigBody": ".databases_update_kafka_schema_config_body",
    "DatabasesUpdateKafkaSchemaConfigBodyCompatibilityLevel": ".databases_update_kafka_schema_config_body_compatibility_level",
    "DatabasesUpdateKafkaSchemaConfigResponse200": ".databases_update_kafka_schema_config_response_200",
    "DatabasesUpdateKafkaSchemaConfigResponse200CompatibilityLevel": ".databases_update_kafka_schema_config_response_200_compatibility_level",
    "DatabasesUpdateKafkaSchemaSubjectConfigBody": ".databases_update_kafka_schema_subject_config_body",
    "DatabasesUpdateKafkaSchemaSubjectConfigBodyCompatibilityLevel": ".databases_update_kafka_schema_subject_config_body_compatibility_level",
    "DatabasesUpdateKafkaSchemaSubjectConfigResponse200": ".databases_update_kafka_schema_subject_config_response_200",
    "DatabasesUpdateKafkaSchemaSubjectConfigResponse200CompatibilityLevel": ".databases_update_kafka_schema_subject_config_response_200_compatibility_level",
    "DatabasesUpdateKafkaTopicResponse200": ".databases_update_kafka_topic_response_200",
    "DatabasesUpdateRegionBody": ".databases_update_region_body",
    "DatabasesUpdateUserBody": ".databases_update_user_body",
    "DatabasesUpdateUserResponse201": ".databases_update_user_response_201",
    "DatadogLogsink": ".datadog_logsink",
    "DbaasClusterStatus": ".dbaas_cluster_status",
    "DedicatedInference": ".dedicated_inference",
    "DedicatedInferenceAccelerator": ".dedicated_inference_accelerator",
    "DedicatedInferenceAccessToken": ".dedicated_inference_access_token",
    "DedicatedInferenceCreateRequest": ".dedicated_inference_create_request",
    "DedicatedInferenceCreateRequestAccessTokens": ".dedicated_inference_create_request_access_tokens",
    "DedicatedInferenceEndpoints": ".dedicated_inference_endpoints",
    "DedicatedInferenceGpuModelConfig": ".dedicated_inference_gpu_model_config",
    "DedicatedInferenceGpuModelConfigsResponse": ".dedicated_inference_gpu_model_configs_response",
    "DedicatedInferenceSize": ".dedicated_inference_size",
    "DedicatedInferenceSizesResponse": ".dedicated_inference_sizes_response",
    "DedicatedInferenceSpec": ".dedicated_inference_spec",
    "DedicatedInferenceSpecRegion": ".dedicated_inference_spec_region",
    "DedicatedInferenceSpecVpc": ".dedicated_inference_spec_vpc",
    "DedicatedInferenceStatus": ".dedicated_inference_status",
    "DedicatedInferenceTokenCreateRequest": ".dedicated_inference_token_create_request",
    "DedicatedInferenceUpdateRequest": ".dedicated_inference_update_request",
    "DedicatedInferenceUpdateRequestAccessTokens": ".dedicated_inference_update_request_access_tokens",
    "DedicatedInferencesCreateResponse202": ".dedicated_inferences_create_response_202",
    "DedicatedInferencesCreateTokensResponse202": ".dedicated_inferences_create_tokens_response_202",
    "DedicatedInferencesGetCaResponse200": ".dedicated_inferences_get_ca_response_200",
    "DedicatedInferencesGetResponse200": ".dedicated_inferences_get_response_200",
    "DedicatedInferencesListAcceleratorsResponse200": ".dedicated_inferences_list_accelerators_response_200",
    "DedicatedInferencesListRegion": ".dedicated_inferences_list_region",
    "DedicatedInferencesListResponse200": ".dedicated_inferences_list_response_200",
    "DedicatedInferencesListResponse200Links": ".dedicated_inferences_list_response_200_links",
    "DedicatedInferencesListResponse200LinksPages": ".dedicated_inferences_list_response_200_links_pages",
    "DedicatedInferencesListResponse200Meta": ".dedicated_inferences_list_response_200_meta",
    "DedicatedInferencesListTokensResponse200": ".dedicated_inferences_list_tokens_response_200",
    "DedicatedInferencesPatchResponse202": ".dedicated_inferences_patch_response_202",
    "Destination": ".destination",
    "DestinationOmitCredentials": ".destination_omit_credentials",
    "DestinationOmitCredentialsType": ".destination_omit_credentials_type",
    "DestinationRequest": ".destination_request",
    "DestinationRequestType": ".destination_request_type",
    "DestinationType": ".destination_type",
    "DestroyAssociatedKubernetesResources": ".destroy_associated_kubernetes_resources",
    "DestroyedAssociatedResource": ".destroyed_associated_resource",
    "DiskInfo": ".disk_info",
    "DiskInfoSize": ".disk_info_size",
    "DiskInfoType": ".disk_info_type",
    "Distribution": ".distribution",
    "DoSettings": ".do_settings",
    "DockerCredentials": ".docker_credentials",
    "DockerCredentialsAuths": ".docker_credentials_auths",
    "DockerCredentialsAuthsRegistryDigitaloceanCom": ".docker_credentials_auths_registry_digitalocean_com",
    "Domain": ".domain",
    "DomainRecord": ".domain_record",
    "DomainRecordA": ".domain_record_a",
    "DomainRecordAaaa": ".domain_record_aaaa",
    "DomainRecordCaa": ".domain_record_caa",
    "DomainRecordCname": ".domain_record_cname",
    "DomainRecordMx": ".domain_record_mx",
    "DomainRecordNs": ".domain_record_ns",
    "DomainRecordSoa": ".domain_record_soa",
    "DomainRecordSrv": ".domain_record_srv",
    "DomainRecordTxt": ".domain_record_txt",
    "Domains": ".domains",
    "DomainsCreateRecordResponse201": ".domains_create_record_response_201",
    "DomainsCreateResponse201": ".domains_create_response_201",
    "DomainsGetRecordResponse200": ".domains_get_record_response_200",
    "DomainsGetResponse200": ".domains_get_response_200",
    "DomainsListRecordsResponse200": ".domains_list_records_response_200",
    "DomainsListRecordsType": ".domains_list_records_type",
    "DomainsListResponse200": ".domains_list_response_200",
    "DomainsPatchRecordResponse200": ".domains_patch_record_response_200",
    "DomainsUpdateRecordResponse200": ".domains_update_record_response_200",
    "Droplet": ".droplet",
    "DropletAction": ".droplet_action",
    "DropletActionChangeBackupPolicy": ".droplet_action_change_backup_policy",
    "DropletActionChangeBackupPolicyBackupPolicy": ".droplet_action_change_backup_policy_backup_policy",
    "DropletActionChangeKernel": ".droplet_action_change_kernel",
    "DropletActionEnableBackups": ".droplet_action_enable_backups",
    "DropletActionEnableBackupsBackupPolicy": ".droplet_action_enable_backups_backup_policy",
    "DropletActionRebuild": ".droplet_action_rebuild",
    "DropletActionRename": ".droplet_action_rename",
    "DropletActionResize": ".droplet_action_resize",
    "DropletActionRestore": ".droplet_action_restore",
    "DropletActionSnapshot": ".droplet_action_snapshot",
    "DropletActionType": ".droplet_action_type",
    "DropletActionsGetResponse200": ".droplet_actions_get_response_200",
    "DropletActionsListResponse200": ".droplet_actions_list_response_200",
    "DropletActionsPostByTagResponse201": ".droplet_actions_post_by_tag_response_201",
    "DropletActionsPostResponse201": ".droplet_actions_post_response_201",
    "DropletBackupPolicy": ".droplet_backup_policy",
    "DropletBackupPolicyHour": ".droplet_backup_policy_hour",
    "DropletBackupPolicyPlan": ".droplet_backup_policy_plan",
    "DropletBackupPolicyRecord": ".droplet_backup_policy_record",
    "DropletBackupPolicyRecordBackupPolicy": ".droplet_backup_policy_record_backup_policy",
    "DropletBackupPolicyWeekday": ".droplet_backup_policy_weekday",
    "DropletCreate": ".droplet_create",
    "DropletCreateBackupPolicy": ".droplet_create_backup_policy",
    "DropletImage": ".droplet_image",
    "DropletNetworks": ".droplet_networks",
    "DropletNextBackupWindowType0": ".droplet_next_backup_window_type_0",
    "DropletSnapshot": ".droplet_snapshot",
    "DropletSnapshotType": ".droplet_snapshot_type",
    "DropletStatus": ".droplet_status",
    "DropletsCreateMultipleDropletResponse": ".droplets_create_multiple_droplet_response",
    "DropletsCreateMultipleDropletResponseLinks": ".droplets_create_multiple_droplet_response_links",
    "DropletsCreateSingleDropletResponse": ".droplets_create_single_droplet_response",
    "DropletsCreateSingleDropletResponseLinks": ".droplets_create_single_droplet_response_links",
    "DropletsGetBackupPolicyResponse200": ".droplets_get_backup_policy_response_200",
    "DropletsGetResponse200": ".droplets_get_response_200",
    "DropletsListAssociatedResourcesResponse200": ".droplets_list_associated_resources_response_200",
    "DropletsListBackupPoliciesResponse200": ".droplets_list_backup_policies_response_200",
    "DropletsListBackupPoliciesResponse200Policies": ".droplets_list_backup_policies_response_200_policies",
    "DropletsListBackupsResponse200": ".droplets_list_backups_response_200",
    "DropletsListFirewallsResponse200": ".droplets_list_firewalls_response_200",
    "DropletsListKernelsResponse200": ".droplets_list_kernels_response_200",
    "DropletsListNeighborsResponse200": ".droplets_list_neighbors_response_200",
    "DropletsListResponse200": ".droplets_list_response_200",
    "DropletsListSnapshotsResponse200": ".droplets_list_snapshots_response_200",
    "DropletsListSupportedBackupPoliciesResponse200": ".droplets_list_supported_backup_policies_response_200",
    "DropletsListType": ".droplets_list_type",
    "ElasticsearchLogsink": ".elasticsearch_logsink",
    "EmbeddingDataItem": ".embedding_data_item",
    "EmbeddingDataItemObject": ".embedding_data_item_object",
    "EmbeddingsRequest": ".embeddings_request",
    "EmbeddingsRequestEncodingFormat": ".embeddings_request_encoding_format",
    "EmbeddingsResponse": ".embeddings_response",
    "EmbeddingsResponseObject": ".embeddings_response_object",
    "EmbeddingsUsage": ".embeddings_usage",
    "Error": ".error",
    "ErrorWithRootCauses": ".error_with_root_causes",
    "EventsLogs": ".events_logs",
    "EventsLogsEventType": ".events_logs_event_type",
    "EvictionPolicyModel": ".eviction_policy_model",
    "Firewall": ".firewall",
    "FirewallPendingChangesItem": ".firewall_pending_changes_item",
    "FirewallRule": ".firewall_rule",
    "FirewallRuleBase": ".firewall_rule_base",
    "FirewallRuleBaseProtocol": ".firewall_rule_base_protocol",
    "FirewallRuleTarget": ".firewall_rule_target",
    "FirewallRuleType": ".firewall_rule_type",
    "FirewallRules": ".firewall_rules",
    "FirewallRulesInboundRulesType0Item": ".firewall_rules_inbound_rules_type_0_item",
    "FirewallRulesInboundRulesType0ItemSources": ".firewall_rules_inbound_rules_type_0_item_sources",
    "FirewallRulesOutboundRulesType0Item": ".firewall_rules_outbound_rules_type_0_item",
    "FirewallRulesOutboundRulesType0ItemDestinations": ".firewall_rules_outbound_rules_type_0_item_destinations",
    "FirewallStatus": ".firewall_status",
    "FirewallsAddRulesBody": ".firewalls_add_rules_body",
    "FirewallsAddTagsBody": ".firewalls_add_tags_body",
    "FirewallsAssignDropletsBody": ".firewalls_assign_droplets_body",
    "FirewallsCreateBody": ".firewalls_create_body",
    "FirewallsCreateResponse202": ".firewalls_create_response_202",
    "FirewallsDeleteDropletsBody": ".firewalls_delete_droplets_body",
    "FirewallsDeleteRulesBody": ".firewalls_delete_rules_body",
    "FirewallsDeleteTagsBody": ".firewalls_delete_tags_body",
    "FirewallsGetResponse200": ".firewalls_get_response_200",
    "FirewallsListResponse200": ".firewalls_list_response_200",
    "FirewallsUpdateBody": ".firewalls_update_body",
    "FirewallsUpdateResponse200": ".firewalls_update_response_200",
    "FloatingIPsAction": ".floating_i_ps_action",
    "FloatingIPsActionGetResponse200": ".floating_i_ps_action_get_response_200",
    "FloatingIPsActionGetResponse200Action": ".floating_i_ps_action_get_response_200_action",
    "FloatingIPsActionListResponse200": ".floating_i_ps_action_list_response_200",
    "FloatingIPsActionPostResponse201": ".floating_i_ps_action_post_response_201",
    "FloatingIPsActionPostResponse201Action": ".floating_i_ps_action_post_response_201_action",
    "FloatingIPsActionType": ".floating_i_ps_action_type",
    "FloatingIPsCreateResponse202": ".floating_i_ps_create_response_202",
    "FloatingIPsCreateResponse202Links": ".floating_i_ps_create_response_202_links",
    "FloatingIPsGetResponse200": ".floating_i_ps_get_response_200",
    "FloatingIPsListResponse200": ".floating_i_ps_list_response_200",
    "FloatingIp": ".floating_ip",
    "FloatingIpActionAssign": ".floating_ip_action_assign",
    "FloatingIpActionUnassign": ".floating_ip_action_unassign",
    "FloatingIpCreateType0": ".floating_ip_create_type_0",
    "FloatingIpCreateType1": ".floating_ip_create_type_1",
    "FloatingIpNull": ".floating_ip_null",
    "FloatingIpRegion": ".floating_ip_region",
    "ForwardLinks": ".forward_links",
    "ForwardingRule": ".forwarding_rule",
    "ForwardingRuleEntryProtocol": ".forwarding_rule_entry_protocol",
    "ForwardingRuleTargetProtocol": ".forwarding_rule_target_protocol",
    "FunctionObject": ".function_object",
    "FunctionObjectParameters": ".function_object_parameters",
    "FunctionsAccessKeyCreateResponse201": ".functions_access_key_create_response_201",
    "FunctionsAccessKeyDeleteResponse200": ".functions_access_key_delete_response_200",
    "FunctionsAccessKeyListResponse200": ".functions_access_key_list_response_200",
    "FunctionsAccessKeyUpdateBody": ".functions_access_key_update_body",
    "FunctionsAccessKeyUpdateResponse200": ".functions_access_key_update_response_200",
    "FunctionsCreateNamespaceResponse200": ".functions_create_namespace_response_200",
    "FunctionsCreateTriggerResponse200": ".functions_create_trigger_response_200",
    "FunctionsGetNamespaceResponse200": ".functions_get_namespace_response_200",
    "FunctionsGetTriggerResponse200": ".functions_get_trigger_response_200",
    "FunctionsListNamespacesResponse200": ".functions_list_namespaces_response_200",
    "FunctionsListTriggersResponse200": ".functions_list_triggers_response_200",
    "FunctionsUpdateTriggerResponse200": ".functions_update_trigger_response_200",
    "GarbageCollection": ".garbage_collection",
    "GarbageCollectionStatus": ".garbage_collection_status",
    "GenaiListCustomModelsStatus": ".genai_list_custom_models_status",
    "GenaiListEvaluationDatasetsDatasetType": ".genai_list_evaluation_datasets_dataset_type",
    "GenaiListModelEvaluationRunsCandidateTypesItem": ".genai_list_model_evaluation_runs_candidate_types_item",
    "GenaiListModelEvaluationRunsSortBy": ".genai_list_model_evaluation_runs_sort_by",
    "GenaiListModelEvaluationRunsSortDirection": ".genai_list_model_evaluation_runs_sort_direction",
    "GenaiListModelEvaluationRunsStatus": ".genai_list_model_evaluation_runs_status",
    "GenaiListModelEvaluationRunsStatusesItem": ".genai_list_model_evaluation_runs_statuses_item",
    "GenaiListModelsUsecasesItem": ".genai_list_models_usecases_item",
    "GenaiapiRegion": ".genaiapi_region",
    "GeneratedImage": ".generated_image",
    "GeographicalInformationAboutAnAppOrigin": ".geographical_information_about_an_app_origin",
    "GlbSettings": ".glb_settings",
    "GlbSettingsCdn": ".glb_settings_cdn",
    "GlbSettingsRegionPriorities": ".glb_settings_region_priorities",
    "GlbSettingsTargetProtocol": ".glb_settings_target_protocol",
    "GpuInfo": ".gpu_info",
    "GpuInfoVram": ".gpu_info_vram",
    "Grant": ".grant",
    "HealthCheck": ".health_check",
    "HealthCheckProtocol": ".health_check_protocol",
    "History": ".history",
    "HistoryReason": ".history_reason",
    "HistoryStatus": ".history_status",
    "Image": ".image",
    "ImageActionBase": ".image_action_base",
    "ImageActionBaseType": ".image_action_base_type",
    "ImageActionTransfer": ".image_action_transfer",
    "ImageActionsListResponse200": ".image_actions_list_response_200",
    "ImageGenPartialImageEvent": ".image_gen_partial_image_event",
    "ImageGenPartialImageEventBackground": ".image_gen_partial_image_event_background",
    "ImageGenPartialImageEventOutputFormat": ".image_gen_partial_image_event_output_format",
    "ImageGenPartialImageEventQuality": ".image_gen_partial_image_event_quality",
    "ImageGenPartialImageEventSize": ".image_gen_partial_image_event_size",
    "ImageGenPartialImageEventType": ".image_gen_partial_image_event_type",
    "ImageNewCustom": ".image_new_custom",
    "ImageStatus": ".image_status",
    "ImageType": ".image_type",
    "ImageUpdate": ".image_update",
    "ImagesCreateCustomResponse202": ".images_create_custom_response_202",
    "ImagesGetResponse200": ".images_get_response_200",
    "ImagesListResponse200": ".images_list_response_200",
    "ImagesListType": ".images_list_type",
    "ImagesPostAccountTransferAccept": ".images_post_account_transfer_accept",
    "ImagesPostAccountTransferCancel": ".images_post_account_transfer_cancel",
    "ImagesPostAccountTransferCreateResponse201": ".images_post_account_transfer_create_response_201",
    "ImagesPostAccountTransferDecline": ".images_post_account_transfer_decline",
    "ImagesResponse": ".images_response",
    "ImagesUpdateResponse200": ".images_update_response_200",
    "ImagesUsage": ".images_usage",
    "ImagesUsageInputTokensDetails": ".images_usage_input_tokens_details",
    "InferenceListBatchesStatus": ".inference_list_batches_status",
    "InvoiceItem": ".invoice_item",
    "InvoicePreview": ".invoice_preview",
    "InvoiceSummary": ".invoice_summary",
    "InvoiceSummaryCreditsAndAdjustments": ".invoice_summary_credits_and_adjustments",
    "InvoiceSummaryOverages": ".invoice_summary_overages",
    "InvoiceSummaryProductCharges": ".invoice_summary_product_charges",
    "InvoiceSummaryTaxes": ".invoice_summary_taxes",
    "InvoiceSummaryUserBillingAddress": ".invoice_summary_user_billing_address",
    "InvoicesGetByUuidResponse200": ".invoices_get_by_uuid_response_200",
    "InvoicesListResponse200": ".invoices_list_response_200",
    "KafkaAdvancedConfig": ".kafka_advanced_config",
    "KafkaAdvancedConfigCompressionType": ".kafka_advanced_config_compression_type",
    "KafkaAdvancedConfigLogCleanupPolicy": ".kafka_advanced_config_log_cleanup_policy",
    "KafkaAdvancedConfigLogMessageTimestampType": ".kafka_advanced_config_log_message_timestamp_type",
    "KafkaSchemaVerbose": ".kafka_schema_verbose",
    "KafkaSchemaVerboseSchemaType": ".kafka_schema_verbose_schema_type",
    "KafkaSchemaVersionVerbose": ".kafka_schema_version_verbose",
    "KafkaSchemaVersionVerboseSchemaType": ".kafka_schema_version_verbose_schema_type",
    "KafkaTopic": ".kafka_topic",
    "KafkaTopicBase": ".kafka_topic_base",
    "KafkaTopicConfig": ".kafka_topic_config",
    "KafkaTopicConfigCleanupPolicy": ".kafka_topic_config_cleanup_policy",
    "KafkaTopicConfigCompressionType": ".kafka_topic_config_compression_type",
    "KafkaTopicConfigMessageFormatVersion": ".kafka_topic_config_message_format_version",
    "KafkaTopicConfigMessageTimestampType": ".kafka_topic_config_message_timestamp_type",
    "KafkaTopicCreate": ".kafka_topic_create",
    "KafkaTopicPartition": ".kafka_topic_partition",
    "KafkaTopicPartitionConsumerGroupsType0Item": ".kafka_topic_partition_consumer_groups_type_0_item",
    "KafkaTopicState": ".kafka_topic_state",
    "KafkaTopicUpdate": ".kafka_topic_update",
    "KafkaTopicVerbose": ".kafka_topic_verbose",
    "KafkaTopicVerboseState": ".kafka_topic_verbose_state",
    "KernelType0": ".kernel_type_0",
    "Key": ".key",
    "KeyCreateResponse": ".key_create_response",
    "KubernetesAddNodePoolResponse201": ".kubernetes_add_node_pool_response_201",
    "KubernetesCreateClusterResponse201": ".kubernetes_create_cluster_response_201",
    "KubernetesGetAvailableUpgradesResponse200": ".kubernetes_get_available_upgrades_response_200",
    "KubernetesGetClusterResponse200": ".kubernetes_get_cluster_response_200",
    "KubernetesGetKubeconfigType": ".kubernetes_get_kubeconfig_type",
    "KubernetesGetNodePoolResponse200": ".kubernetes_get_node_pool_response_200",
    "KubernetesGetStatusMessagesResponse200": ".kubernetes_get_status_messages_response_200",
    "KubernetesListClustersResponse200": ".kubernetes_list_clusters_response_200",
    "KubernetesListNodePoolsResponse200": ".kubernetes_list_node_pools_response_200",
    "KubernetesNodePool": ".kubernetes_node_pool",
    "KubernetesNodePoolBase": ".kubernetes_node_pool_base",
    "KubernetesNodePoolBaseLabelsType0": ".kubernetes_node_pool_base_labels_type_0",
    "KubernetesNodePoolSize": ".kubernetes_node_pool_size",
    "KubernetesNodePoolTaint": ".kubernetes_node_pool_taint",
    "KubernetesNodePoolTaintEffect": ".kubernetes_node_pool_taint_effect",
    "KubernetesNodePoolUpdate": ".kubernetes_node_pool_update",
    "KubernetesOptions": ".kubernetes_options",
    "KubernetesOptionsOptions": ".kubernetes_options_options",
    "KubernetesRecycleNodePoolBody": ".kubernetes_recycle_node_pool_body",
    "KubernetesRegion": ".kubernetes_region",
    "KubernetesRunClusterLintResponse202": ".kubernetes_run_cluster_lint_response_202",
    "KubernetesSize": ".kubernetes_size",
    "KubernetesUpdateClusterResponse202": ".kubernetes_update_cluster_response_202",
    "KubernetesUpdateNodePoolResponse202": ".kubernetes_update_node_pool_response_202",
    "KubernetesUpgradeClusterBody": ".kubernetes_upgrade_cluster_body",
    "KubernetesVersion": ".kubernetes_version",
    "LbFirewall": ".lb_firewall",
    "LetsEncryptCertificateRequest": ".lets_encrypt_certificate_request",
    "LinkToFirstPage": ".link_to_first_page",
    "LinkToLastPage": ".link_to_last_page",
    "LinkToNextPage": ".link_to_next_page",
    "LinkToPrevPage": ".link_to_prev_page",
    "ListAlertPolicy": ".list_alert_policy",
    "ListModelsResponse": ".list_models_response",
    "ListModelsResponseObject": ".list_models_response_object",
    "LoadBalancer": ".load_balancer",
    "LoadBalancerBase": ".load_balancer_base",
    "LoadBalancerBaseAlgorithm": ".load_balancer_base_algorithm",
    "LoadBalancerBaseNetwork": ".load_balancer_base_network",
    "LoadBalancerBaseNetworkStack": ".load_balancer_base_network_stack",
    "LoadBalancerBaseSize": ".load_balancer_base_size",
    "LoadBalancerBaseStatus": ".load_balancer_base_status",
    "LoadBalancerBaseTlsCipherPolicy": ".load_balancer_base_tls_cipher_policy",
    "LoadBalancerBaseType": ".load_balancer_base_type",
    "LoadBalancerRegion": ".load_balancer_region",
    "LoadBalancersAddDropletsBody": ".load_balancers_add_droplets_body",
    "LoadBalancersAddForwardingRulesBody": ".load_balancers_add_forwarding_rules_body",
    "LoadBalancersCreateResponse202": ".load_balancers_create_response_202",
    "LoadBalancersGetResponse200": ".load_balancers_get_response_200",
    "LoadBalancersListResponse200": ".load_balancers_list_response_200",
    "LoadBalancersRemoveDropletsBody": ".load_balancers_remove_droplets_body",
    "LoadBalancersRemoveForwardingRulesBody": ".load_balancers_remove_forwarding_rules_body",
    "LoadBalancersUpdateResponse200": ".load_balancers_update_response_200",
    "LogsinkBase": ".logsink_base",
    "LogsinkBaseSinkType": ".logsink_base_sink_type",
    "LogsinkBaseVerbose": ".logsink_base_verbose",
    "LogsinkBaseVerboseSinkType": ".logsink_base_verbose_sink_type",
    "LogsinkCreate": ".logsink_create",
    "LogsinkSchema": ".logsink_schema",
    "LogsinkUpdate": ".logsink_update",
    "LogsinkVerbose": ".logsink_verbose",
    "MaintenancePolicyType0": ".maintenance_policy_type_0",
    "MaintenancePolicyType0Day": ".maintenance_policy_type_0_day",
    "Member": ".member",
    "MemberCurrentUtilization": ".member_current_utilization",
    "MemberHealthStatus": ".member_health_status",
    "MemberStatus": ".member_status",
    "MessagesApiMessageParam": ".messages_api_message_param",
    "MessagesApiMessageParamRole": ".messages_api_message_param_role",
    "MessagesCreateErrorResponse": ".messages_create_error_response",
    "MessagesCreateErrorResponseError": ".messages_create_error_response_error",
    "MessagesCreateErrorResponseType": ".messages_create_error_response_type",
    "MessagesCreateRequest": ".messages_create_request",
    "MessagesCreateRequestMetadata": ".messages_create_request_metadata",
    "MessagesCreateRequestReasoningEffort": ".messages_create_request_reasoning_effort",
    "MessagesCreateRequestSpeed": ".messages_create_request_speed",
    "MessagesCreateResponse": ".messages_create_response",
    "MessagesCreateResponseRole": ".messages_create_response_role",
    "MessagesCreateResponseStopReason": ".messages_create_response_stop_reason",
    "MessagesCreateResponseType": ".messages_create_response_type",
    "MessagesImageBlockParam": ".messages_image_block_param",
    "MessagesImageBlockParamType": ".messages_image_block_param_type",
    "MessagesImageSourceParam": ".messages_image_source_param",
    "MessagesRequestTextBlockParam": ".messages_request_text_block_param",
    "MessagesRequestTextBlockParamType": ".messages_request_text_block_param_type",
    "MessagesResponseTextBlock": ".messages_response_text_block",
    "MessagesResponseTextBlockType": ".messages_response_text_block_type",
    "MessagesResponseToolUseBlock": ".messages_response_tool_use_block",
    "MessagesResponseToolUseBlockInput": ".messages_response_tool_use_block_input",
    "MessagesResponseToolUseBlockType": ".messages_response_tool_use_block_type",
    "MessagesStreamEvent": ".messages_stream_event",
    "MessagesStreamEventContentBlock": ".messages_stream_event_content_block",
    "MessagesStreamEventDelta": ".messages_stream_event_delta",
    "MessagesStreamEventMessage": ".messages_stream_event_message",
    "MessagesStreamEventType": ".messages_stream_event_type",
    "MessagesStreamEventUsage": ".messages_stream_event_usage",
    "MessagesStreamEventUsageSpeed": ".messages_stream_event_usage_speed",
    "MessagesThinkingConfigParamType0": ".messages_thinking_config_param_type_0",
    "MessagesToolChoiceParamType1": ".messages_tool_choice_param_type_1",
    "MessagesToolChoiceParamType1Type": ".messages_tool_choice_param_type_1_type",
    "MessagesToolDefinitionParam": ".messages_tool_definition_param",
    "MessagesToolDefinitionParamInputSchema": ".messages_tool_definition_param_input_schema",
    "MessagesToolResultBlockParam": ".messages_tool_result_block_param",
    "MessagesToolResultBlockParamContentType1Item": ".messages_tool_result_block_param_content_type_1_item",
    "MessagesToolResultBlockParamType": ".messages_tool_result_block_param_type",
    "MessagesToolUseBlockParam": ".messages_tool_use_block_param",
    "MessagesToolUseBlockParamInput": ".messages_tool_use_block_param_input",
    "MessagesToolUseBlockParamType": ".messages_tool_use_block_param_type",
    "MessagesUsage": ".messages_usage",
    "MessagesUsageSpeed": ".messages_usage_speed",
    "Meta": ".meta",
    "MetaMeta": ".meta_meta",
    "MetaOptionalTotal": ".meta_optional_total",
    "MetaProperties": ".meta_properties",
    "Metrics": ".metrics",
    "MetricsData": ".metrics_data",
    "MetricsDataResultType": ".metrics_data_result_type",
    "MetricsResult": ".metrics_result",
    "MetricsResultMetric": ".metrics_result_metric",
    "MetricsStatus": ".metrics_status",
    "Model": ".model",
    "ModelDeploymentSpec": ".model_deployment_spec",
    "ModelDeploymentSpecModelProvider": ".model_deployment_spec_model_provider",
    "ModelDeploymentSpecWorkloadConfig": ".model_deployment_spec_workload_config",
    "ModelObject": ".model_object",
    "MongoAdvancedConfig": ".mongo_advanced_config",
    "MongoAdvancedConfigDefaultReadConcern": ".mongo_advanced_config_default_read_concern",
    "MonitoringCreateAlertPolicyResponse200": ".monitoring_create_alert_policy_response_200",
    "MonitoringCreateDestinationResponse200": ".monitoring_create_destination_response_200",
    "MonitoringCreateSinkBody": ".monitoring_create_sink_body",
    "MonitoringGetAlertPolicyResponse200": ".monitoring_get_alert_policy_response_200",
    "MonitoringGetDatabaseMysqlCpuUsageAggregate": ".monitoring_get_database_mysql_cpu_usage_aggregate",
    "MonitoringGetDatabaseMysqlDiskUsageAggregate": ".monitoring_get_database_mysql_disk_usage_aggregate",
    "MonitoringGetDatabaseMysqlLoadAggregate": ".monitoring_get_database_mysql_load_aggregate",
    "MonitoringGetDatabaseMysqlLoadMetric": ".monitoring_get_database_mysql_load_metric",
    "MonitoringGetDatabaseMysqlMemoryUsageAggregate": ".monitoring_get_database_mysql_memory_usage_aggregate",
    "MonitoringGetDatabaseMysqlOpRatesMetric": ".monitoring_get_database_mysql_op_rates_metric",
    "MonitoringGetDatabaseMysqlSchemaLatencyMetric": ".monitoring_get_database_mysql_schema_latency_metric",
    "MonitoringGetDatabaseMysqlSchemaThroughputMetric": ".monitoring_get_database_mysql_schema_throughput_metric",
    "MonitoringGetDestinationResponse200": ".monitoring_get_destination_response_200",
    "MonitoringGetDropletBandwidthMetricsDirection": ".monitoring_get_droplet_bandwidth_metrics_direction",
    "MonitoringGetDropletBandwidthMetricsInterface": ".monitoring_get_droplet_bandwidth_metrics_interface",
    "MonitoringGetSinkResponse200": ".monitoring_get_sink_response_200",
    "MonitoringListAlertPolicyResponse200": ".monitoring_list_alert_policy_response_200",
    "MonitoringListDestinationsResponse200": ".monitoring_list_destinations_response_200",
    "MonitoringListSinksResponse200": ".monitoring_list_sinks_response_200",
    "MonitoringUpdateAlertPolicyResponse200": ".monitoring_update_alert_policy_response_200",
    "MultipleDropletRequest": ".multiple_droplet_request",
    "MultiregistryCreate": ".multiregistry_create",
    "MultiregistryCreateRegion": ".multiregistry_create_region",
    "MultiregistryCreateSubscriptionTierSlug": ".multiregistry_create_subscription_tier_slug",
    "MysqlAdvancedConfig": ".mysql_advanced_config",
    "MysqlAdvancedConfigInnodbFlushNeighbors": ".mysql_advanced_config_innodb_flush_neighbors",
    "MysqlAdvancedConfigInternalTmpMemStorageEngine": ".mysql_advanced_config_internal_tmp_mem_storage_engine",
    "MysqlAdvancedConfigLogOutput": ".mysql_advanced_config_log_output",
    "MysqlIncrementalBackup": ".mysql_incremental_backup",
    "MysqlSettings": ".mysql_settings",
    "MysqlSettingsAuthPlugin": ".mysql_settings_auth_plugin",
    "Name": ".name",
    "NamespaceInfo": ".namespace_info",
    "NeighborIds": ".neighbor_ids",
    "NetworkV4": ".network_v4",
    "NetworkV4Type": ".network_v4_type",
    "NetworkV6": ".network_v6",
    "NetworkV6Type": ".network_v6_type",
    "NfsAction": ".nfs_action",
    "NfsAction2": ".nfs_action_2",
    "NfsAction2ResourceType": ".nfs_action_2_resource_type",
    "NfsAction2Status": ".nfs_action_2_status",
    "NfsActionAttach": ".nfs_action_attach",
    "NfsActionAttachParams": ".nfs_action_attach_params",
    "NfsActionDetach": ".nfs_action_detach",
    "NfsActionDetachParams": ".nfs_action_detach_params",
    "NfsActionReassign": ".nfs_action_reassign",
    "NfsActionReassignParams": ".nfs_action_reassign_params",
    "NfsActionResize": ".nfs_action_resize",
    "NfsActionResizeParams": ".nfs_action_resize_params",
    "NfsActionSnapshot": ".nfs_action_snapshot",
    "NfsActionSnapshotParams": ".nfs_action_snapshot_params",
    "NfsActionSwitchPerformanceTier": ".nfs_action_switch_performance_tier",
    "NfsActionSwitchPerformanceTierParams": ".nfs_action_switch_performance_tier_params",
    "NfsActionType": ".nfs_action_type",
    "NfsActionsResponse": ".nfs_actions_response",
    "NfsApiError": ".nfs_api_error",
    "NfsCreateResponse": ".nfs_create_response",
    "NfsGetResponse": ".nfs_get_response",
    "NfsListAccessPointsStatus": ".nfs_list_access_points_status",
    "NfsListResponse": ".nfs_list_response",
    "NfsRequest": ".nfs_request",
    "NfsResponse": ".nfs_response",
    "NfsResponseStatus": ".nfs_response_status",
    "NfsSnapshotGetResponse": ".nfs_snapshot_get_response",
    "NfsSnapshotListResponse": ".nfs_snapshot_list_response",
    "NfsSnapshotResponse": ".nfs_snapshot_response",
    "NfsSnapshotResponseStatus": ".nfs_snapshot_response_status",
    "Node": ".node",
    "NodeStatus": ".node_status",
    "NodeStatusState": ".node_status_state",
    "Notification": ".notification",
    "NotificationSlackItem": ".notification_slack_item",
    "NvidiaGpuDevicePluginType0": ".nvidia_gpu_device_plugin_type_0",
    "OneClicks": ".one_clicks",
    "OneClicksCreate": ".one_clicks_create",
    "OneClicksInstallKubernetesResponse200": ".one_clicks_install_kubernetes_response_200",
    "OneClicksListResponse200": ".one_clicks_list_response_200",
    "OneClicksListType": ".one_clicks_list_type",
    "OnlineMigration": ".online_migration",
    "OnlineMigrationStatus": ".online_migration_status",
    "OpensearchAdvancedConfig": ".opensearch_advanced_config",
    "OpensearchConfig": ".opensearch_config",
    "OpensearchConfigCredentials": ".opensearch_config_credentials",
    "OpensearchConfigOmitCredentials": ".opensearch_config_omit_credentials",
    "OpensearchConfigRequest": ".opensearch_config_request",
    "OpensearchConfigRequestCredentials": ".opensearch_config_request_credentials",
    "OpensearchConnection": ".opensearch_connection",
    "OpensearchIndex": ".opensearch_index",
    "OpensearchIndexBase": ".opensearch_index_base",
    "OpensearchIndexHealth": ".opensearch_index_health",
    "OpensearchIndexStatus": ".opensearch_index_status",
    "OpensearchLogsink": ".opensearch_logsink",
    "Options": ".options",
    "OptionsOptions": ".options_options",
    "OptionsOptionsAdvancedMysql": ".options_options_advanced_mysql",
    "OptionsOptionsAdvancedPg": ".options_options_advanced_pg",
    "OptionsOptionsKafka": ".options_options_kafka",
    "OptionsOptionsMongodb": ".options_options_mongodb",
    "OptionsOptionsMysql": ".options_options_mysql",
    "OptionsOptionsOpensearch": ".options_options_opensearch",
    "OptionsOptionsPg": ".options_options_pg",
    "OptionsOptionsRedis": ".options_options_redis",
    "OptionsOptionsValkey": ".options_options_valkey",
    "OptionsVersionAvailability": ".options_version_availability",
    "OrganizationTeam": ".organization_team",
    "OrganizationTeamStatus": ".organization_team_status",
    "OrganizationsCreateTeamResponse201": ".organizations_create_team_response_201",
    "OrganizationsCreateTeamResponse201Invitations": ".organizations_create_team_response_201_invitations",
    "OrganizationsListTeamsResponse200": ".organizations_list_teams_response_200",
    "P2pOciRegistryPluginType0": ".p2_p_oci_registry_plugin_type_0",
    "PageLinks": ".page_links",
    "Pagination": ".pagination",
    "PartnerAttachment": ".partner_attachment",
    "PartnerAttachmentBgp": ".partner_attachment_bgp",
    "PartnerAttachmentRemoteRoute": ".partner_attachment_remote_route",
    "PartnerAttachmentServiceKey": ".partner_attachment_service_key",
    "PartnerAttachmentWritable": ".partner_attachment_writable",
    "PartnerAttachmentWritableBgp": ".partner_attachment_writable_bgp",
    "PartnerAttachmentWritableConnectionBandwidthInMbps": ".partner_attachment_writable_connection_bandwidth_in_mbps",
    "PartnerAttachmentWritableRedundancyZone": ".partner_attachment_writable_redundancy_zone",
    "PartnerAttachmentWritableRegion": ".partner_attachment_writable_region",
    "PartnerAttachmentsCreateResponse202": ".partner_attachments_create_response_202",
    "PartnerAttachmentsCreateServiceKeyResponse202": ".partner_attachments_create_service_key_response_202",
    "PartnerAttachmentsDeleteResponse202": ".partner_attachments_delete_response_202",
    "PartnerAttachmentsGetBgpAuthKeyResponse200": ".partner_attachments_get_bgp_auth_key_response_200",
    "PartnerAttachmentsGetBgpAuthKeyResponse200BgpAuthKey": ".partner_attachments_get_bgp_auth_key_response_200_bgp_auth_key",
    "PartnerAttachmentsGetResponse200": ".partner_attachments_get_response_200",
    "PartnerAttachmentsGetServiceKeyResponse200": ".partner_attachments_get_service_key_response_200",
    "PartnerAttachmentsGetServiceKeyResponse200ServiceKey": ".partner_attachments_get_service_key_response_200_service_key",
    "PartnerAttachmentsListRemoteRoutesResponse200": ".partner_attachments_list_remote_routes_response_200",
    "PartnerAttachmentsListResponse200": ".partner_attachments_list_response_200",
    "PartnerAttachmentsPatchResponse202": ".partner_attachments_patch_response_202",
    "PendingDeploymentSpec": ".pending_deployment_spec",
    "PendingDeploymentSpecStatus": ".pending_deployment_spec_status",
    "PendingDeploymentSpecVpc": ".pending_deployment_spec_vpc",
    "PgbouncerAdvancedConfig": ".pgbouncer_advanced_config",
    "PgbouncerAdvancedConfigAutodbPoolMode": ".pgbouncer_advanced_config_autodb_pool_mode",
    "PgbouncerAdvancedConfigIgnoreStartupParametersItem": ".pgbouncer_advanced_config_ignore_startup_parameters_item",
    "PlanDowngrades": ".plan_downgrades",
    "PostgresAdvancedConfig": ".postgres_advanced_config",
    "PostgresAdvancedConfigDefaultToastCompression": ".postgres_advanced_config_default_toast_compression",
    "PostgresAdvancedConfigLogErrorVerbosity": ".postgres_advanced_config_log_error_verbosity",
    "PostgresAdvancedConfigLogLinePrefix": ".postgres_advanced_config_log_line_prefix",
    "PostgresAdvancedConfigPgStatStatementsTrack": ".postgres_advanced_config_pg_stat_statements_track",
    "PostgresAdvancedConfigSynchronousReplication": ".postgres_advanced_config_synchronous_replication",
    "PostgresAdvancedConfigTrackCommitTimestamp": ".postgres_advanced_config_track_commit_timestamp",
    "PostgresAdvancedConfigTrackFunctions": ".postgres_advanced_config_track_functions",
    "PostgresAdvancedConfigTrackIoTiming": ".postgres_advanced_config_track_io_timing",
    "PreviousOutage": ".previous_outage",
    "ProductChargeItem": ".product_charge_item",
    "ProductUsageCharges": ".product_usage_charges",
    "Project": ".project",
    "ProjectAssignment": ".project_assignment",
    "ProjectBase": ".project_base",
    "ProjectBaseEnvironment": ".project_base_environment",
    "ProjectsAssignResourcesDefaultResponse200": ".projects_assign_resources_default_response_200",
    "ProjectsAssignResourcesResponse200": ".projects_assign_resources_response_200",
    "ProjectsCreateResponse201": ".projects_create_response_201",
    "ProjectsGetDefaultResponse200": ".projects_get_default_response_200",
    "ProjectsGetResponse200": ".projects_get_response_200",
    "ProjectsListResourcesDefaultResponse200": ".projects_list_resources_default_response_200",
    "ProjectsListResourcesResponse200": ".projects_list_resources_response_200",
    "ProjectsListResponse200": ".projects_list_response_200",
    "ProjectsPatchDefaultResponse200": ".projects_patch_default_response_200",
    "ProjectsPatchResponse200": ".projects_patch_response_200",
    "ProjectsUpdateDefaultResponse200": ".projects_update_default_response_200",
    "ProjectsUpdateResponse200": ".projects_update_response_200",
    "PurgeCache": ".purge_cache",
    "RdmaSharedDevPluginType0": ".rdma_shared_dev_plugin_type_0",
    "RedisAdvancedConfig": ".redis_advanced_config",
    "RedisAdvancedConfigRedisAclChannelsDefault": ".redis_advanced_config_redis_acl_channels_default",
    "RedisAdvancedConfigRedisMaxmemoryPolicy": ".redis_advanced_config_redis_maxmemory_policy",
    "RedisAdvancedConfigRedisPersistence": ".redis_advanced_config_redis_persistence",
    "Region": ".region",
    "RegionSlug": ".region_slug",
    "RegionState": ".region_state",
    "RegionStateStatus": ".region_state_status",
    "RegionalState": ".regional_state",
    "RegionsListResponse200": ".regions_list_response_200",
    "RegistriesCreateResponse201": ".registries_create_response_201",
    "RegistriesGetGarbageCollectionResponse200": ".registries_get_garbage_collection_response_200",
    "RegistriesGetOptionsResponse200": ".registries_get_options_response_200",
    "RegistriesGetOptionsResponse200Options": ".registries_get_options_response_200_options",
    "RegistriesGetOptionsResponse200OptionsSubscriptionTiersItem": ".registries_get_options_response_200_options_subscription_tiers_item",
    "RegistriesGetResponse200": ".registries_get_response_200",
    "RegistriesGetSubscriptionResponse200": ".registries_get_subscription_response_200",
    "RegistriesListGarbageCollectionsResponse200": ".registries_list_garbage_collections_response_200",
    "RegistriesListRepositoriesV2Response200": ".registries_list_repositories_v2_response_200",
    "RegistriesListRepositoryManifestsResponse200": ".registries_list_repository_manifests_response_200",
    "RegistriesListRepositoryTagsResponse200": ".registries_list_repository_tags_response_200",
    "RegistriesListResponse200": ".registries_list_response_200",
    "RegistriesRunGarbageCollectionResponse201": ".registries_run_garbage_collection_response_201",
    "RegistriesUpdateGarbageCollectionResponse200": ".registries_update_garbage_collection_response_200",
    "RegistriesUpdateSubscriptionBody": ".registries_update_subscription_body",
    "RegistriesUpdateSubscriptionBodyTierSlug": ".registries_update_subscription_body_tier_slug",
    "RegistriesUpdateSubscriptionResponse200": ".registries_update_subscription_response_200",
    "Registry": ".registry",
    "RegistryBase": ".registry_base",
    "RegistryCreate": ".registry_create",
    "RegistryCreateRegion": ".registry_create_region",
    "RegistryCreateResponse201": ".registry_create_response_201",
    "RegistryCreateSubscriptionTierSlug": ".registry_create_subscription_tier_slug",
    "RegistryGetGarbageCollectionResponse200": ".registry_get_garbage_collection_response_200",
    "RegistryGetOptionsResponse200": ".registry_get_options_response_200",
    "RegistryGetOptionsResponse200Options": ".registry_get_options_response_200_options",
    "RegistryGetOptionsResponse200OptionsSubscriptionTiersItem": ".registry_get_options_response_200_options_subscription_tiers_item",
    "RegistryGetResponse200": ".registry_get_response_200",
    "RegistryGetSubscriptionResponse200": ".registry_get_subscription_response_200",
    "RegistryListGarbageCollectionsResponse200": ".registry_list_garbage_collections_response_200",
    "RegistryListRepositoriesResponse200": ".registry_list_repositories_response_200",
    "RegistryListRepositoriesV2Response200": ".registry_list_repositories_v2_response_200",
    "RegistryListRepositoryManifestsResponse200": ".registry_list_repository_manifests_response_200",
    "RegistryListRepositoryTagsResponse200": ".registry_list_repository_tags_response_200",
    "RegistryRunGarbageCollectionResponse201": ".registry_run_garbage_collection_response_201",
    "RegistryRunGc": ".registry_run_gc",
    "RegistryRunGcType": ".registry_run_gc_type",
    "RegistrySubscription": ".registry_subscription",
    "RegistryUpdateGarbageCollectionResponse200": ".registry_update_garbage_collection_response_200",
    "RegistryUpdateSubscriptionBody": ".registry_update_subscription_body",
    "RegistryUpdateSubscriptionBodyTierSlug": ".registry_update_subscription_body_tier_slug",
    "RegistryUpdateSubscriptionResponse200": ".registry_update_subscription_response_200",
    "Repository": ".repository",
    "RepositoryBlob": ".repository_blob",
    "RepositoryManifest": ".repository_manifest",
    "RepositoryTag": ".repository_tag",
    "RepositoryV2": ".repository_v2",
    "ReservedIPsActionsGetResponse200": ".reserved_i_ps_actions_get_response_200",
    "ReservedIPsActionsGetResponse200Action": ".reserved_i_ps_actions_get_response_200_action",
    "ReservedIPsActionsListResponse200": ".reserved_i_ps_actions_list_response_200",
    "ReservedIPsActionsPostResponse201": ".reserved_i_ps_actions_post_response_201",
    "ReservedIPsActionsPostResponse201Action": ".reserved_i_ps_actions_post_response_201_action",
    "ReservedIPsCreateResponse202": ".reserved_i_ps_create_response_202",
    "ReservedIPsCreateResponse202Links": ".reserved_i_ps_create_response_202_links",
    "ReservedIPsGetResponse200": ".reserved_i_ps_get_response_200",
    "ReservedIPsListResponse200": ".reserved_i_ps_list_response_200",
    "ReservedIPv6CreateResponse201": ".reserved_i_pv_6_create_response_201",
    "ReservedIPv6CreateResponse201ReservedIpv6": ".reserved_i_pv_6_create_response_201_reserved_ipv_6",
    "ReservedIPv6GetResponse200": ".reserved_i_pv_6_get_response_200",
    "ReservedIPv6ListResponse200": ".reserved_i_pv_6_list_response_200",
    "ReservedIp": ".reserved_ip",
    "ReservedIpActionAssign": ".reserved_ip_action_assign",
    "ReservedIpActionType": ".reserved_ip_action_type",
    "ReservedIpActionTypeType": ".reserved_ip_action_type_type",
    "ReservedIpActionUnassign": ".reserved_ip_action_unassign",
    "ReservedIpCreateType0": ".reserved_ip_create_type_0",
    "ReservedIpCreateType1": ".reserved_ip_create_type_1",
    "ReservedIpNull": ".reserved_ip_null",
    "ReservedIpRegion": ".reserved_ip_region",
    "ReservedIpv6": ".reserved_ipv_6",
    "ReservedIpv6ActionAssign": ".reserved_ipv_6_action_assign",
    "ReservedIpv6ActionType": ".reserved_ipv_6_action_type",
    "ReservedIpv6ActionTypeType": ".reserved_ipv_6_action_type_type",
    "ReservedIpv6ActionUnassign": ".reserved_ipv_6_action_unassign",
    "ReservedIpv6Create": ".reserved_ipv_6_create",
    "ReservedIpv6List": ".reserved_ipv_6_list",
    "ReservedIpv6ListReservedIpv6SItem": ".reserved_ipv_6_list_reserved_ipv_6s_item",
    "ReservedIpv6ListReservedIpv6SItemNull": ".reserved_ipv_6_list_reserved_ipv_6s_item_null",
    "ReservedIpv6Null": ".reserved_ipv_6_null",
    "Resource": ".resource",
    "ResourceLinks": ".resource_links",
    "ResourceStatus": ".resource_status",
    "ResponseUsage": ".response_usage",
    "ResponseUsageInputTokensDetails": ".response_usage_input_tokens_details",
    "ResponseUsageOutputTokensDetails": ".response_usage_output_tokens_details",
    "RoutingAgentType0": ".routing_agent_type_0",
    "RsyslogLogsink": ".rsyslog_logsink",
    "RsyslogLogsinkFormat": ".rsyslog_logsink_format",
    "Scan": ".scan",
    "ScanFindingsItem": ".scan_findings_item",
    "ScanFindingsItemMitigationStepsItem": ".scan_findings_item_mitigation_steps_item",
    "ScanFindingsItemSeverity": ".scan_findings_item_severity",
    "ScanStatus": ".scan_status",
    "ScheduledDetails": ".scheduled_details",
    "ScheduledDetailsBodyType0": ".scheduled_details_body_type_0",
    "SchemaRegistryConnection": ".schema_registry_connection",
    "SecurityCreateScanResponse201": ".security_create_scan_response_201",
    "SecurityCreateScanRuleBody": ".security_create_scan_rule_body",
    "SecurityCreateSuppressionBody": ".security_create_suppression_body",
    "SecurityGetLatestScanResponse200": ".security_get_latest_scan_response_200",
    "SecurityGetLatestScanSeverity": ".security_get_latest_scan_severity",
    "SecurityGetScanResponse200": ".security_get_scan_response_200",
    "SecurityGetScanSeverity": ".security_get_scan_severity",
    "SecurityListScanFindingAffectedResourcesResponse200": ".security_list_scan_finding_affected_resources_response_200",
    "SecurityListScansResponse200": ".security_list_scans_response_200",
    "SecurityUpdateSettingsPlanBody": ".security_update_settings_plan_body",
    "SecurityUpdateSettingsPlanBodyTierCoverage": ".security_update_settings_plan_body_tier_coverage",
    "SecurityUpdateSettingsPlanBodyTierCoverageAdditionalProperty": ".security_update_settings_plan_body_tier_coverage_additional_property",
    "SecurityUpdateSettingsPlanResponse200": ".security_update_settings_plan_response_200",
    "SecurityUpdateSettingsPlanResponse200TierCoverage": ".security_update_settings_plan_response_200_tier_coverage",
    "SecurityUpdateSettingsPlanResponse200TierCoverageAdditionalProperty": ".security_update_settings_plan_response_200_tier_coverage_additional_property",
    "SelectiveDestroyAssociatedResource": ".selective_destroy_associated_resource",
    "Settings": ".settings",
    "SettingsPlanDowngrades": ".settings_plan_downgrades",
    "SettingsSettings": ".settings_settings",
    "SettingsTierCoverage": ".settings_tier_coverage",
    "SettingsTierCoverageAdditionalProperty": ".settings_tier_coverage_additional_property",
    "SHAREDSharedVCPUCoresDEDICATEDDedicatedVCPUCores": ".shared_shared_vcpu_cores_dedicated_dedicated_vcpu_cores",
    "SimpleCharge": ".simple_charge",
    "SingleDropletRequest": ".single_droplet_request",
    "SinkResource": ".sink_resource",
    "SinksResponse": ".sinks_response",
    "Size": ".size",
    "SizesListResponse200": ".sizes_list_response_200",
    "SlackDetails": ".slack_details",
    "Snapshots": ".snapshots",
    "SnapshotsBase": ".snapshots_base",
    "SnapshotsGetResponse200": ".snapshots_get_response_200",
    "SnapshotsListResourceType": ".snapshots_list_resource_type",
    "SnapshotsListResponse200": ".snapshots_list_response_200",
    "SnapshotsResourceType": ".snapshots_resource_type",
    "SourceDatabase": ".source_database",
    "SourceDatabaseSource": ".source_database_source",
    "SourceRefAccessType": ".source_ref_access_type",
    "SpacesKeyCreateResponse201": ".spaces_key_create_response_201",
    "SpacesKeyGetResponse200": ".spaces_key_get_response_200",
    "SpacesKeyListResponse200": ".spaces_key_list_response_200",
    "SpacesKeyPatchResponse200": ".spaces_key_patch_response_200",
    "SpacesKeyUpdateResponse200": ".spaces_key_update_response_200",
    "SqlMode": ".sql_mode",
    "SshKeys": ".ssh_keys",
    "SshKeysCreateResponse201": ".ssh_keys_create_response_201",
    "SshKeysGetResponse200": ".ssh_keys_get_response_200",
    "SshKeysListResponse200": ".ssh_keys_list_response_200",
    "SshKeysUpdateBody": ".ssh_keys_update_body",
    "SshKeysUpdateResponse200": ".ssh_keys_update_response_200",
    "SsoType0": ".sso_type_0",
    "State": ".state",
    "StatusMessages": ".status_messages",
    "StickySessions": ".sticky_sessions",
    "StickySessionsType": ".sticky_sessions_type",
    "Subscription": ".subscription",
    "SubscriptionTierBase": ".subscription_tier_base",
    "SubscriptionTierExtended": ".subscription_tier_extended",
    "SubscriptionTierExtendedEligibilityReasonsItem": ".subscription_tier_extended_eligibility_reasons_item",
    "SupportedDropletBackupPolicy": ".supported_droplet_backup_policy",
    "SuppressedResource": ".suppressed_resource",
    "SuppressedResourceRoot": ".suppressed_resource_root",
    "SuppressedResourceRootLinks": ".suppressed_resource_root_links",
    "SuppressedResourceRootLinksPages": ".suppressed_resource_root_links_pages",
    "SuppressedResourceRootMeta": ".suppressed_resource_root_meta",
    "Tags": ".tags",
    "TagsCreateResponse201": ".tags_create_response_201",
    "TagsGetResponse200": ".tags_get_response_200",
    "TagsListResponse200": ".tags_list_response_200",
    "TagsMetadata": ".tags_metadata",
    "TagsResource": ".tags_resource",
    "TagsResourceResourcesItem": ".tags_resource_resources_item",
    "TagsResourceResourcesItemResourceType": ".tags_resource_resources_item_resource_type",
    "TagsResources": ".tags_resources",
    "TagsResourcesDatabases": ".tags_resources_databases",
    "TagsResourcesDroplets": ".tags_resources_droplets",
    "TagsResourcesImgages": ".tags_resources_imgages",
    "TagsResourcesVolumeSnapshots": ".tags_resources_volume_snapshots",
    "TagsResourcesVolumes": ".tags_resources_volumes",
    "TeamInvitation": ".team_invitation",
    "TeamInvitationRole": ".team_invitation_role",
    "TeamInvitationStatus": ".team_invitation_status",
    "TeamInvitationStatusStatus": ".team_invitation_status_status",
    "TheAppEgressType": ".the_app_egress_type",
    "TheStatusOfTheDedicatedEgressIP": ".the_status_of_the_dedicated_egress_ip",
    "TimescaledbAdvancedConfig": ".timescaledb_advanced_config",
    "TransferToEmail": ".transfer_to_email",
    "TransferToTeam": ".transfer_to_team",
    "TriggerInfo": ".trigger_info",
    "TriggerInfoScheduledRuns": ".trigger_info_scheduled_runs",
    "UpdateEndpoint": ".update_endpoint",
    "UpdateEndpointTtl": ".update_endpoint_ttl",
    "UpdateRegistry": ".update_registry",
    "UpdateTrigger": ".update_trigger",
    "UptimeCreateAlertResponse201": ".uptime_create_alert_response_201",
    "UptimeCreateCheckResponse201": ".uptime_create_check_response_201",
    "UptimeGetAlertResponse200": ".uptime_get_alert_response_200",
    "UptimeGetCheckResponse200": ".uptime_get_check_response_200",
    "UptimeGetCheckStateResponse200": ".uptime_get_check_state_response_200",
    "UptimeListAlertsResponse200": ".uptime_list_alerts_response_200",
    "UptimeListChecksResponse200": ".uptime_list_checks_response_200",
    "UptimeUpdateAlertResponse200": ".uptime_update_alert_response_200",
    "UptimeUpdateCheckResponse200": ".uptime_update_check_response_200",
    "User": ".user",
    "UserKubernetesClusterUser": ".user_kubernetes_cluster_user",
    "UserSettings": ".user_settings",
    "UserSettingsAclItem": ".user_settings_acl_item",
    "UserSettingsAclItemPermission": ".user_settings_acl_item_permission",
    "UserSettingsMongoUserSettings": ".user_settings_mongo_user_settings",
    "UserSettingsMongoUserSettingsRole": ".user_settings_mongo_user_settings_role",
    "UserSettingsOpensearchAclItem": ".user_settings_opensearch_acl_item",
    "UserSettingsOpensearchAclItemPermission": ".user_settings_opensearch_acl_item_permission",
    "ValidateRegistry": ".validate_registry",
    "ValkeyAdvancedConfig": ".valkey_advanced_config",
    "ValkeyAdvancedConfigValkeyAclChannelsDefault": ".valkey_advanced_config_valkey_acl_channels_default",
    "ValkeyAdvancedConfigValkeyPersistence": ".valkey_advanced_config_valkey_persistence",
    "VectordbBackup": ".vectordb_backup",
    "VectordbCreateVectorDBRequest": ".vectordb_create_vector_db_request",
    "VectordbCreateVectorDBResponse": ".vectordb_create_vector_db_response",
    "VectordbGetRestoreStatusResponse": ".vectordb_get_restore_status_response",
    "VectordbGetVectorDBAdminCredentialsResponse": ".vectordb_get_vector_db_admin_credentials_response",
    "VectordbGetVectorDBResponse": ".vectordb_get_vector_db_response",
    "VectordbListBackupsResponse": ".vectordb_list_backups_response",
    "VectordbListVectorDBsResponse": ".vectordb_list_vector_d_bs_response",
    "VectordbResizeVectorDBRequest": ".vectordb_resize_vector_db_request",
    "VectordbResizeVectorDBResponse": ".vectordb_resize_vector_db_response",
    "VectordbRestoreBackupRequest": ".vectordb_restore_backup_request",
    "VectordbRestoreBackupResponse": ".vectordb_restore_backup_response",
    "VectordbUpdateVectorDBRequest": ".vectordb_update_vector_db_request",
    "VectordbUpdateVectorDBResponse": ".vectordb_update_vector_db_response",
    "VectordbUpdateVectorDBTagsRequest": ".vectordb_update_vector_db_tags_request",
    "VectordbUpdateVectorDBTagsResponse": ".vectordb_update_vector_db_tags_response",
    "VectordbVectorDB": ".vectordb_vector_db",
    "VectordbVectorDBConfig": ".vectordb_vector_db_config",
    "VectordbVectorDBEndpoints": ".vectordb_vector_db_endpoints",
    "Version2": ".version_2",
    "VolumeAction": ".volume_action",
    "VolumeActionPostAttach": ".volume_action_post_attach",
    "VolumeActionPostBase": ".volume_action_post_base",
    "VolumeActionPostBaseType": ".volume_action_post_base_type",
    "VolumeActionPostDetach": ".volume_action_post_detach",
    "VolumeActionPostResize": ".volume_action_post_resize",
    "VolumeActionsGetResponse200": ".volume_actions_get_response_200",
    "VolumeActionsListResponse200": ".volume_actions_list_response_200",
    "VolumeActionsPostByIdResponse202": ".volume_actions_post_by_id_response_202",
    "VolumeActionsPostResponse202": ".volume_actions_post_response_202",
    "VolumeBase": ".volume_base",
    "VolumeBaseRead": ".volume_base_read",
    "VolumeFull": ".volume_full",
    "VolumeFullRegion": ".volume_full_region",
    "VolumeSnapshotId": ".volume_snapshot_id",
    "VolumeSnapshotsCreateBody": ".volume_snapshots_create_body",
    "VolumeSnapshotsCreateResponse201": ".volume_snapshots_create_response_201",
    "VolumeSnapshotsGetByIdResponse200": ".volume_snapshots_get_by_id_response_200",
    "VolumeSnapshotsListResponse200": ".volume_snapshots_list_response_200",
    "VolumeWriteFileSystemType": ".volume_write_file_system_type",
    "VolumesCreateResponse201": ".volumes_create_response_201",
    "VolumesExt4": ".volumes_ext_4",
    "VolumesGetResponse200": ".volumes_get_response_200",
    "VolumesListResponse200": ".volumes_list_response_200",
    "VolumesXfs": ".volumes_xfs",
    "Vpc": ".vpc",
    "VpcBase": ".vpc_base",
    "VpcCreate": ".vpc_create",
    "VpcDefault": ".vpc_default",
    "VpcMember": ".vpc_member",
    "VpcNatGatewayCreate": ".vpc_nat_gateway_create",
    "VpcNatGatewayCreateRegion": ".vpc_nat_gateway_create_region",
    "VpcNatGatewayCreateType": ".vpc_nat_gateway_create_type",
    "VpcNatGatewayCreateVpcsItem": ".vpc_nat_gateway_create_vpcs_item",
    "VpcNatGatewayGet": ".vpc_nat_gateway_get",
    "VpcNatGatewayGetEgresses": ".vpc_nat_gateway_get_egresses",
    "VpcNatGatewayGetEgressesPublicGatewaysItem": ".vpc_nat_gateway_get_egresses_public_gateways_item",
    "VpcNatGatewayGetRegion": ".vpc_nat_gateway_get_region",
    "VpcNatGatewayGetState": ".vpc_nat_gateway_get_state",
    "VpcNatGatewayGetType": ".vpc_nat_gateway_get_type",
    "VpcNatGatewayGetVpcsItem": ".vpc_nat_gateway_get_vpcs_item",
    "VpcNatGatewayUpdate": ".vpc_nat_gateway_update",
    "VpcNatGatewayUpdateVpcsItem": ".vpc_nat_gateway_update_vpcs_item",
    "VpcPeering": ".vpc_peering",
    "VpcPeeringBase": ".vpc_peering_base",
    "VpcPeeringBaseStatus": ".vpc_peering_base_status",
    "VpcPeeringCreate": ".vpc_peering_create",
    "VpcPeeringUpdatable": ".vpc_peering_updatable",
    "VpcPeeringsCreateBody": ".vpc_peerings_create_body",
    "VpcPeeringsCreateResponse202": ".vpc_peerings_create_response_202",
    "VpcPeeringsDeleteResponse202": ".vpc_peerings_delete_response_202",
    "VpcPeeringsGetResponse200": ".vpc_peerings_get_response_200",
    "VpcPeeringsListResponse200": ".vpc_peerings_list_response_200",
    "VpcPeeringsPatchResponse200": ".vpc_peerings_patch_response_200",
    "VpcUpdatable": ".vpc_updatable",
    "VPCIDs": ".vpci_ds",
    "VpcnatgatewaysCreateResponse202": ".vpcnatgateways_create_response_202",
    "VpcnatgatewaysGetResponse200": ".vpcnatgateways_get_response_200",
    "VpcnatgatewaysListRegion": ".vpcnatgateways_list_region",
    "VpcnatgatewaysListResponse200": ".vpcnatgateways_list_response_200",
    "VpcnatgatewaysListState": ".vpcnatgateways_list_state",
    "VpcnatgatewaysListType": ".vpcnatgateways_list_type",
    "VpcnatgatewaysUpdateResponse200": ".vpcnatgateways_update_response_200",
    "VpcsCreateBody": ".vpcs_create_body",
    "VpcsCreatePeeringsBody": ".vpcs_create_peerings_body",
    "VpcsCreatePeeringsResponse202": ".vpcs_create_peerings_response_202",
    "VpcsCreateResponse201": ".vpcs_create_response_201",
    "VpcsGetResponse200": ".vpcs_get_response_200",
    "VpcsListMembersResponse200": ".vpcs_list_members_response_200",
    "VpcsListPeeringsResponse200": ".vpcs_list_peerings_response_200",
    "VpcsListResponse200": ".vpcs_list_response_200",
    "VpcsPatchBody": ".vpcs_patch_body",
    "VpcsPatchPeeringsResponse200": ".vpcs_patch_peerings_response_200",
    "VpcsPatchResponse200": ".vpcs_patch_response_200",
    "VpcsUpdateBody": ".vpcs_update_body",
    "VpcsUpdateResponse200": ".vpcs_update_response_200",
}

__all__ = (
    "BGP",
    "ACriterionForRoutingHTTPTrafficToAComponent",
    "AStepThatIsRunAsPartOfTheDeploymentsLifecycle",
    "AStepThatIsRunAsPartOfTheDeploymentsLifecycleStepsItem",
    "AcceleratorConfigSpec",
    "AcceleratorConfigSpecStatus",
    "AccessKey",
    "AccessKeyCreateRequest",
    "AccessKeyCreateResponse",
    "AccessPointActionResponse",
    "AccessPointGetResponse",
    "AccessPointListResponse",
    "AccessPointRequest",
    "AccessPointResponse",
    "AccessPointResponseStatus",
    "AccessPolicy",
    "AccessPolicyProtocolsItem",
    "AccessPolicySquashConfig",
    "Account",
    "AccountGetResponse200",
    "AccountStatus",
    "AccountTeam",
    "Action",
    "ActionLink",
    "ActionStatus",
    "ActionsGetResponse200",
    "ActionsListResponse200",
    "AddonsAppInfo",
    "AddonsAppMetadata",
    "AddonsAppMetadataType",
    "AddonsCreateResponse200",
    "AddonsDimensionVolumeWithPrice",
    "AddonsDimensionWithPrice",
    "AddonsFeature",
    "AddonsFeatureType",
    "AddonsFeatureUnit",
    "AddonsGetAppMetadataResponse200",
    "AddonsGetAppResponse200",
    "AddonsGetResponse200",
    "AddonsListResponse200",
    "AddonsPatchBody",
    "AddonsPatchPlanBody",
    "AddonsPatchPlanResponse200",
    "AddonsPatchResponse200",
    "AddonsPlan",
    "AddonsPlanState",
    "AddonsResource",
    "AddonsResourceMetadata",
    "AddonsResourceNew",
    "AddonsResourceState",
    "AffectedResource",
    "Alert",
    "AlertBase",
    "AlertPolicy",
    "AlertPolicyCompare",
    "AlertPolicyRequest",
    "AlertPolicyRequestCompare",
    "AlertPolicyRequestType",
    "AlertPolicyRequestWindow",
    "AlertPolicyType",
    "AlertPolicyWindow",
    "AlertUpdatable",
    "AlertUpdatableComparison",
    "AlertUpdatablePeriod",
    "AlertUpdatableType",
    "Alerts",
    "AmdGpuDeviceMetricsExporterPluginType0",
    "AmdGpuDevicePluginType0",
    "AnAppDeployment",
    "ApiAWSDataSource",
    "ApiAWSDataSourceDisplay",
    "ApiAgent",
    "ApiAgentAPIKey",
    "ApiAgentAPIKeyInfo",
    "ApiAgentChatbotIdentifier",
    "ApiAgentChildRelationshipVerion",
    "ApiAgentFunction",
    "ApiAgentFunctionInputSchema",
    "ApiAgentFunctionOutputSchema",
    "ApiAgentFunctionVersion",
    "ApiAgentGuardrail",
    "ApiAgentGuardrailInput",
    "ApiAgentGuardrailMetadata",
    "ApiAgentGuardrailVersion",
    "ApiAgentKnowledgeBaseVersion",
    "ApiAgentLoggingConfig",
    "ApiAgentPublic",
    "ApiAgentSpan",
    "ApiAgentTemplate",
    "ApiAgentTemplateGuardrail",
    "ApiAgentTemplateType",
    "ApiAgentType",
    "ApiAgentVersion",
    "ApiAgreement",
    "ApiAnthropicAPIKeyInfo",
    "ApiAssociatedModelEvaluationPreset",
    "ApiAuditHeader",
    "ApiBatchJobPhase",
    "ApiCancelKnowledgeBaseIndexingJobInputPublic",
    "ApiCancelKnowledgeBaseIndexingJobOutput",
    "ApiCancelModelEvaluationRunInputPublic",
    "ApiCancelModelEvaluationRunOutput",
    "ApiCandidateInferenceConfig",
    "ApiCandidateModelSource",
    "ApiChatbot",
    "ApiChunkingAlgorithm",
    "ApiChunkingOptions",
    "ApiCodeSnippets",
    "ApiCrawlingOption",
    "ApiCreateAgentAPIKeyInputPublic",
    "ApiCreateAgentAPIKeyOutput",
    "ApiCreateAgentInputPublic",
    "ApiCreateAgentOutput",
    "ApiCreateAnthropicAPIKeyInputPublic",
    "ApiCreateAnthropicAPIKeyOutput",
    "ApiCreateCustomEvaluationMetricInputPublic",
    "ApiCreateCustomEvaluationMetricOutput",
    "ApiCreateDataSourceFileUploadPresignedUrlsInputPublic",
    "ApiCreateDataSourceFileUploadPresignedUrlsOutput",
    "ApiCreateEvaluationDatasetInputPublic",
    "ApiCreateEvaluationDatasetOutput",
    "ApiCreateEvaluationTestCaseInputPublic",
    "ApiCreateEvaluationTestCaseOutput",
    "ApiCreateKnowledgeBaseDataSourceInputPublic",
    "ApiCreateKnowledgeBaseDataSourceOutput",
    "ApiCreateKnowledgeBaseInputPublic",
    "ApiCreateKnowledgeBaseOutput",
    "ApiCreateModelAPIKeyInputPublic",
    "ApiCreateModelEvalDatasetUploadPresignedUrlsInputPublic",
    "ApiCreateModelEvaluationRunInputPublic",
    "ApiCreateModelEvaluationRunOutput",
    "ApiCreateModelRouterInputPublic",
    "ApiCreateModelRouterOutput",
    "ApiCreateOpenAIAPIKeyInputPublic",
    "ApiCreateOpenAIAPIKeyOutput",
    "ApiCreateScheduledIndexingInputPublic",
    "ApiCreateScheduledIndexingOutput",
    "ApiCreateWorkspaceInputPublic",
    "ApiCreateWorkspaceOutput",
    "ApiCustomEvaluationMetricConfig",
    "ApiCustomModel",
    "ApiCustomModelConfigJson",
    "ApiCustomModelImportJob",
    "ApiCustomModelStatus",
    "ApiDeleteAgentAPIKeyOutput",
    "ApiDeleteAgentOutput",
    "ApiDeleteAnthropicAPIKeyOutput",
    "ApiDeleteCustomEvaluationMetricOutput",
    "ApiDeleteCustomModelOutputPublic",
    "ApiDeleteCustomModelStatus",
    "ApiDeleteEvaluationDatasetOutput",
    "ApiDeleteKnowledgeBaseDataSourceOutput",
    "ApiDeleteKnowledgeBaseOutput",
    "ApiDeleteModelAPIKeyOutput",
    "ApiDeleteModelEvaluationPresetOutput",
    "ApiDeleteModelEvaluationRunOutputPublic",
    "ApiDeleteModelEvaluationRunStatus",
    "ApiDeleteModelRouterOutput",
    "ApiDeleteOpenAIAPIKeyOutput",
    "ApiDeleteScheduledIndexingOutput",
    "ApiDeleteWorkspaceOutput",
    "ApiDeployment",
    "ApiDeploymentStatus",
    "ApiDeploymentVisibility",
    "ApiDropboxDataSource",
    "ApiDropboxDataSourceDisplay",
    "ApiDropboxOauth2GetTokensInput",
    "ApiDropboxOauth2GetTokensOutput",
    "ApiEvaluationDataset",
    "ApiEvaluationDatasetType",
    "ApiEvaluationMetric",
    "ApiEvaluationMetricCategory",
    "ApiEvaluationMetricResult",
    "ApiEvaluationMetricResultStatus",
    "ApiEvaluationMetricSource",
    "ApiEvaluationMetricType",
    "ApiEvaluationMetricValueType",
    "ApiEvaluationPricing",
    "ApiEvaluationRun",
    "ApiEvaluationRunStatus",
    "ApiEvaluationScope",
    "ApiEvaluationTestCase",
    "ApiEvaluationTestCaseMetricList",
    "ApiEvaluationTraceSpan",
    "ApiEvaluationTraceSpanInput",
    "ApiEvaluationTraceSpanOutput",
    "ApiFilePresignedUrlResponse",
    "ApiFileUploadDataSource",
    "ApiGenerateOauth2URLOutput",
    "ApiGetAgentOutput",
    "ApiGetAgentUsageOutput",
    "ApiGetAnthropicAPIKeyOutput",
    "ApiGetChildrenOutput",
    "ApiGetCustomModelOutputPublic",
    "ApiGetEvaluationDatasetDownloadURLOutput",
    "ApiGetEvaluationRunOutput",
    "ApiGetEvaluationRunPromptResultsOutput",
    "ApiGetEvaluationRunResultsOutput",
    "ApiGetEvaluationTestCaseOutput",
    "ApiGetIndexingJobDetailsSignedURLOutput",
    "ApiGetKnowledgeBaseIndexingJobOutput",
    "ApiGetKnowledgeBaseOutput",
    "ApiGetModelCatalogCardOutput",
    "ApiGetModelEvaluationPresetOutput",
    "ApiGetModelEvaluationRunOutput",
    "ApiGetModelEvaluationRunResultsDownloadURLOutput",
    "ApiGetModelRouterOutput",
    "ApiGetOpenAIAPIKeyOutput",
    "ApiGetScheduledIndexingOutput",
    "ApiGetWorkspaceOutput",
    "ApiGoogleDriveDataSource",
    "ApiGoogleDriveDataSourceDisplay",
    "ApiGuardrailType",
    "ApiImportCustomModelInputPublic",
    "ApiImportCustomModelOutputPublic",
    "ApiImportValidationStep",
    "ApiIndexJobStatus",
    "ApiIndexedDataSource",
    "ApiIndexedDataSourceStatus",
    "ApiIndexingJob",
    "ApiKBDataSource",
    "ApiKnowledgeBase",
    "ApiKnowledgeBaseDataSource",
    "ApiLLMSpan",
    "ApiLLMSpanToolsItem",
    "ApiLatencyMetrics",
    "ApiLinkAgentFunctionInputPublic",
    "ApiLinkAgentFunctionInputPublicInputSchema",
    "ApiLinkAgentFunctionInputPublicOutputSchema",
    "ApiLinkAgentFunctionOutput",
    "ApiLinkAgentGuardrailOutput",
    "ApiLinkAgentGuardrailsInputPublic",
    "ApiLinkAgentInputPublic",
    "ApiLinkAgentOutput",
    "ApiLinkKnowledgeBaseOutput",
    "ApiLinks",
    "ApiListAgentAPIKeysOutput",
    "ApiListAgentVersionsOutput",
    "ApiListAgentsByAnthropicKeyOutput",
    "ApiListAgentsByOpenAIKeyOutput",
    "ApiListAgentsByWorkspaceOutput",
    "ApiListAgentsOutputPublic",
    "ApiListAnthropicAPIKeysOutput",
    "ApiListCustomModelsOutputPublic",
    "ApiListEvaluationDatasetsOutput",
    "ApiListEvaluationMetricsOutput",
    "ApiListEvaluationRunsByTestCaseOutput",
    "ApiListEvaluationTestCasesByWorkspaceOutput",
    "ApiListEvaluationTestCasesOutput",
    "ApiListIndexingJobDataSourcesOutput",
    "ApiListKnowledgeBaseDataSourcesOutput",
    "ApiListKnowledgeBaseIndexingJobsOutput",
    "ApiListKnowledgeBasesOutput",
    "ApiListModelAPIKeysOutput",
    "ApiListModelCatalogOutput",
    "ApiListModelEvaluationMetricsOutput",
    "ApiListModelEvaluationPresetsOutput",
    "ApiListModelEvaluationRunsOutput",
    "ApiListModelRouterPresetsOutput",
    "ApiListModelRouterTaskPresetsOutput",
    "ApiListModelRoutersOutput",
    "ApiListModelsOutputPublic",
    "ApiListOpenAIAPIKeysOutput",
    "ApiListRegionsOutput",
    "ApiListWorkspacesOutput",
    "ApiMcpServer",
    "ApiMcpServerHeaders",
    "ApiMeta",
    "ApiMetricResultSummary",
    "ApiModel",
    "ApiModelAPIKeyInfo",
    "ApiModelBenchmarkScore",
    "ApiModelBillingMode",
    "ApiModelCatalogCard",
    "ApiModelCatalogCardBenchmarkScore",
    "ApiModelCatalogEntry",
    "ApiModelCatalogEntryBenchmarkScore",
    "ApiModelEndpoint",
    "ApiModelEvaluationPreset",
    "ApiModelEvaluationResult",
    "ApiModelEvaluationRunDetail",
    "ApiModelEvaluationRunProgress",
    "ApiModelEvaluationRunResultSummary",
    "ApiModelEvaluationRunStatus",
    "ApiModelEvaluationRunSummary",
    "ApiModelMetadata",
    "ApiModelModalities",
    "ApiModelPricing",
    "ApiModelPricingDetail",
    "ApiModelPricingEntry",
    "ApiModelPricingInterval",
    "ApiModelPricingTier",
    "ApiModelPricingVariant",
    "ApiModelProvider",
    "ApiModelProviderKeyInfo",
    "ApiModelPublic",
    "ApiModelPublicBenchmarkScore",
    "ApiModelRouter",
    "ApiModelRouterConfig",
    "ApiModelRouterPreset",
    "ApiModelRouterSelectionPolicy",
    "ApiModelRouterTaskDetails",
    "ApiModelRouterTaskPolicy",
    "ApiModelRouterTaskPreset",
    "ApiModelScaledPricing",
    "ApiModelSetting",
    "ApiModelUsecase",
    "ApiModelVersion",
    "ApiMoveAgentsToWorkspaceInputPublic",
    "ApiMoveAgentsToWorkspaceOutput",
    "ApiOpenAIAPIKeyInfo",
    "ApiOpenSearchPlanSize",
    "ApiPages",
    "ApiPerModelResultSummaries",
    "ApiPerModelResultSummary",
    "ApiPerTaskResultSummaries",
    "ApiPerTaskResultSummary",
    "ApiPerformanceMetrics",
    "ApiPresetSaveSection",
    "ApiPresignedUrlFile",
    "ApiPrompt",
    "ApiPromptChunk",
    "ApiRegenerateAgentAPIKeyOutput",
    "ApiRegenerateModelAPIKeyOutput",
    "ApiRerankingConfiguration",
    "ApiResourceUsage",
    "ApiRetrievalMethod",
    "ApiRetrieverSpan",
    "ApiRollbackToAgentVersionInputPublic",
    "ApiRollbackToAgentVersionOutput",
    "ApiRunEvaluationTestCaseInputPublic",
    "ApiRunEvaluationTestCaseOutput",
    "ApiScheduledIndexingInfo",
    "ApiSpacesDataSource",
    "ApiSpanCommon",
    "ApiSpanCommonMetadata",
    "ApiStarMetric",
    "ApiStarMetricSummary",
    "ApiStartKnowledgeBaseIndexingJobInputPublic",
    "ApiStartKnowledgeBaseIndexingJobOutput",
    "ApiTokenPricing",
    "ApiTokenUsage",
    "ApiToolSpan",
    "ApiTraceSpan",
    "ApiTraceSpanInput",
    "ApiTraceSpanOutput",
    "ApiTraceSpanType",
    "ApiUnlinkAgentFunctionOutput",
    "ApiUnlinkAgentGuardrailOutput",
    "ApiUnlinkAgentOutput",
    "ApiUnlinkKnowledgeBaseOutput",
    "ApiUpdateAgentAPIKeyInputPublic",
    "ApiUpdateAgentAPIKeyOutput",
    "ApiUpdateAgentDeploymentVisbilityOutput",
    "ApiUpdateAgentDeploymentVisibilityInputPublic",
    "ApiUpdateAgentFunctionInputPublic",
    "ApiUpdateAgentFunctionInputPublicInputSchema",
    "ApiUpdateAgentFunctionInputPublicOutputSchema",
    "ApiUpdateAgentFunctionOutput",
    "ApiUpdateAgentInputPublic",
    "ApiUpdateAgentOutput",
    "ApiUpdateAnthropicAPIKeyInputPublic",
    "ApiUpdateAnthropicAPIKeyOutput",
    "ApiUpdateCustomEvaluationMetricInputPublic",
    "ApiUpdateCustomEvaluationMetricOutput",
    "ApiUpdateCustomModelMetadataInputPublic",
    "ApiUpdateCustomModelMetadataOutputPublic",
    "ApiUpdateEvaluationTestCaseInputPublic",
    "ApiUpdateEvaluationTestCaseOutput",
    "ApiUpdateKnowledgeBaseDataSourceInputPublic",
    "ApiUpdateKnowledgeBaseDataSourceOutput",
    "ApiUpdateKnowledgeBaseInputPublic",
    "ApiUpdateKnowledgeBaseOutput",
    "ApiUpdateLinkedAgentInputPublic",
    "ApiUpdateLinkedAgentOutput",
    "ApiUpdateModelAPIKeyInputPublic",
    "ApiUpdateModelAPIKeyOutput",
    "ApiUpdateModelEvaluationRunInputPublic",
    "ApiUpdateModelEvaluationRunOutput",
    "ApiUpdateModelRouterInputPublic",
    "ApiUpdateModelRouterInputPublicFallbackModelsItem",
    "ApiUpdateModelRouterOutput",
    "ApiUpdateOpenAIAPIKeyInputPublic",
    "ApiUpdateOpenAIAPIKeyOutput",
    "ApiUpdateWorkspaceInputPublic",
    "ApiUpdateWorkspaceOutput",
    "ApiUsageMeasurement",
    "ApiWebCrawlerDataSource",
    "ApiWorkflowSpan",
    "ApiWorkspace",
    "App",
    "AppAlert",
    "AppAlertPhase",
    "AppAlertProgress",
    "AppAlertProgressStep",
    "AppAlertProgressStepReason",
    "AppAlertProgressStepStatus",
    "AppAlertSlackWebhook",
    "AppAlertSpec",
    "AppAlertSpecOperator",
    "AppAlertSpecRule",
    "AppAlertSpecWindow",
    "AppAutoscalingSpec",
    "AppAutoscalingSpecMetrics",
    "AppAutoscalingSpecMetricsCpu",
    "AppAutoscalingSpecService",
    "AppAutoscalingSpecServiceMetrics",
    "AppAutoscalingSpecServiceMetricsRequestDuration",
    "AppAutoscalingSpecServiceMetricsRequestsPerSecond",
    "AppComponentBase",
    "AppComponentHealth",
    "AppComponentHealthState",
    "AppComponentInstanceBase",
    "AppComponentInstanceBaseDeprecated",
    "AppComponentInstanceBaseSizeSlug",
    "AppDatabaseSpec",
    "AppDatabaseSpecEngine",
    "AppDomainSpec",
    "AppDomainSpecMinimumTlsVersion",
    "AppDomainSpecType",
    "AppDomainValidation",
    "AppEgressSpec",
    "AppEvent",
    "AppEventAutoscaling",
    "AppEventAutoscalingComponents",
    "AppEventAutoscalingComponentsAdditionalProperty",
    "AppEventAutoscalingPhase",
    "AppEventType",
    "AppEvents",
    "AppFunctionsComponentHealth",
    "AppFunctionsComponentHealthFunctionsComponentHealthMetricsItem",
    "AppFunctionsSpec",
    "AppFunctionsSpecCors",
    "AppHealth",
    "AppHealthCheckSpec",
    "AppHealthResponse",
    "AppIngressSpec",
    "AppIngressSpecRule",
    "AppIngressSpecRuleMatch",
    "AppIngressSpecRuleRoutingComponent",
    "AppIngressSpecRuleRoutingRedirect",
    "AppIngressSpecRuleStringMatchExact",
    "AppIngressSpecRuleStringMatchPrefix",
    "AppInstance",
    "AppInstanceComponentType",
    "AppInstances",
    "AppJobInvocation",
    "AppJobInvocationPhase",
    "AppJobInvocationTheJobInvocationTrigger",
    "AppJobInvocationTheJobInvocationTriggerManual",
    "AppJobInvocationTheJobInvocationTriggerManualUser",
    "AppJobInvocationTheJobInvocationTriggerScheduled",
    "AppJobInvocationTheJobInvocationTriggerScheduledSchedule",
    "AppJobInvocationTheJobInvocationTriggerType",
    "AppJobInvocations",
    "AppJobSpec",
    "AppJobSpecKind",
    "AppJobSpecTermination",
    "AppLogDestinationDatadogSpec",
    "AppLogDestinationLogtailSpec",
    "AppLogDestinationOpenSearchSpec",
    "AppLogDestinationOpenSearchSpecBasicAuth",
    "AppLogDestinationPapertrailSpec",
    "AppMaintenanceSpec",
    "AppMetricsBandwidthUsage",
    "AppMetricsBandwidthUsageDetails",
    "AppMetricsBandwidthUsageRequest",
    "AppPendingDeployment",
    "AppPinnedDeployment",
    "AppPropose",
    "AppProposeResponse",
    "AppResponse",
    "AppRollbackValidationCondition",
    "AppRollbackValidationConditionCode",
    "AppServiceSpec",
    "AppServiceSpecCors",
    "AppServiceSpecHealthCheck",
    "AppServiceSpecProtocol",
    "AppServiceSpecTermination",
    "AppSpec",
    "AppSpecRegion",
    "AppStaticSiteSpec",
    "AppStaticSiteSpecCors",
    "AppVariableDefinition",
    "AppVariableDefinitionScope",
    "AppVariableDefinitionType",
    "AppWorkerSpec",
    "AppWorkerSpecTermination",
    "AppsAlertResponse",
    "AppsAssignAppAlertDestinationsRequest",
    "AppsBitbucketSourceSpec",
    "AppsCancelEventResponse200",
    "AppsCorsPolicy",
    "AppsCreateAccept",
    "AppsCreateAppRequest",
    "AppsCreateContentType",
    "AppsCreateDeploymentRequest",
    "AppsDedicatedEgressIp",
    "AppsDeleteAppResponse",
    "AppsDeploymentFunctions",
    "AppsDeploymentJob",
    "AppsDeploymentPhase",
    "AppsDeploymentProgress",
    "AppsDeploymentProgressStepReason",
    "AppsDeploymentProgressStepStatus",
    "AppsDeploymentResponse",
    "AppsDeploymentService",
    "AppsDeploymentStaticSite",
    "AppsDeploymentWorker",
    "AppsDeploymentsResponse",
    "AppsDomain",
    "AppsDomainPhase",
    "AppsDomainProgress",
    "AppsDomainProgressStepsItem",
    "AppsGetEventLogsType",
    "AppsGetEventResponse200",
    "AppsGetExecResponse",
    "AppsGetInstanceSizeResponse",
    "AppsGetJobInvocationLogsType",
    "AppsGetLogsActiveDeploymentAggregateType",
    "AppsGetLogsActiveDeploymentType",
    "AppsGetLogsAggregateType",
    "AppsGetLogsResponse",
    "AppsGetLogsType",
    "AppsGitSourceSpec",
    "AppsGithubSourceSpec",
    "AppsGitlabSourceSpec",
    "AppsImageSourceSpec",
    "AppsImageSourceSpecDeployOnPush",
    "AppsImageSourceSpecRegistryType",
    "AppsInstanceSize",
    "AppsListAlertsResponse",
    "AppsListDeploymentsDeploymentTypesItem",
    "AppsListEventsEventTypesItem",
    "AppsListInstanceSizesResponse",
    "AppsListRegionsResponse",
    "AppsResponse",
    "AppsRestartRequest",
    "AppsRollbackAppRequest",
    "AppsStringMatch",
    "AppsUpdateAppRequest",
    "AppsValidateRollbackResponse200",
    "AppsValidateRollbackResponse200Error",
    "AppsVpc",
    "AppsVpcEgressIp",
    "AssignDropletsByID",
    "AssignDropletsByTag",
    "AssociatedKubernetesResource",
    "AssociatedKubernetesResources",
    "AssociatedResource",
    "AssociatedResourceStatus",
    "AssociatedResourceStatusResources",
    "AsyncInvokeRequest",
    "AsyncInvokeRequestInput",
    "AsyncInvokeRequestTagsType0Item",
    "AsyncInvokeResponse",
    "AsyncInvokeResponseOutputType0",
    "AsyncInvokeResponseStatus",
    "AutoscalePool",
    "AutoscalePoolCreate",
    "AutoscalePoolDropletTemplate",
    "AutoscalePoolDropletTemplateRegion",
    "AutoscalePoolDynamicConfig",
    "AutoscalePoolStaticConfig",
    "AutoscalePoolStatus",
    "AutoscalepoolsCreateResponse202",
    "AutoscalepoolsGetResponse200",
    "AutoscalepoolsListHistoryResponse200",
    "AutoscalepoolsListMembersResponse200",
    "AutoscalepoolsListResponse200",
    "AutoscalepoolsUpdateResponse200",
    "BGPBgp",
    "Backup",
    "BackwardLinks",
    "Balance",
    "Batch",
    "BatchCompletionWindow",
    "BatchCreateRequest",
    "BatchCreateRequestCompletionWindow",
    "BatchCreateRequestEndpoint",
    "BatchCreateRequestMetadataType0",
    "BatchCreateRequestProvider",
    "BatchErrorsType0Item",
    "BatchFileCreateRequest",
    "BatchFileCreateResponse",
    "BatchListResponse",
    "BatchListResponseObject",
    "BatchMetadataType0",
    "BatchProvider",
    "BatchRequestCounts",
    "BatchResultsResponse",
    "BatchStatus",
    "BillingAddress",
    "BillingDataPoint",
    "BillingHistory",
    "BillingHistoryListResponse200",
    "BillingHistoryType",
    "BillingInsightsListResponse200",
    "ByoipPrefix",
    "ByoipPrefixCreate",
    "ByoipPrefixResource",
    "ByoipPrefixUpdate",
    "ByoipPrefixValidationsItem",
    "ByoipPrefixesCreateResponse202",
    "ByoipPrefixesGetResponse200",
    "ByoipPrefixesListResourcesResponse200",
    "ByoipPrefixesListResponse200",
    "ByoipPrefixesPatchResponse202",
    "Ca",
    "CdnCreateEndpointResponse201",
    "CdnEndpoint",
    "CdnEndpointTtl",
    "CdnGetEndpointResponse200",
    "CdnListEndpointsResponse200",
    "CdnUpdateEndpointsResponse200",
    "Certificate",
    "CertificateCreateBase",
    "CertificateCreateBaseType",
    "CertificateState",
    "CertificateType",
    "CertificatesCreateResponse201",
    "CertificatesGetResponse200",
    "CertificatesListResponse200",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoicesItem",
    "ChatCompletionChunkChoicesItemFinishReason",
    "ChatCompletionChunkChoicesItemLogprobsType0",
    "ChatCompletionChunkObject",
    "ChatCompletionRequest",
    "ChatCompletionRequestLogitBiasType0",
    "ChatCompletionRequestMetadataType0",
    "ChatCompletionRequestReasoningEffort",
    "ChatCompletionRequestStreamOptionsType0",
    "ChatCompletionRequestToolChoiceType0",
    "ChatCompletionRequestToolChoiceType1",
    "ChatCompletionRequestToolChoiceType1Function",
    "ChatCompletionRequestToolChoiceType1Type",
    "ChatCompletionResponse",
    "ChatCompletionResponseChoicesItem",
    "ChatCompletionResponseChoicesItemFinishReason",
    "ChatCompletionResponseChoicesItemLogprobsType0",
    "ChatCompletionResponseChoicesItemMessage",
    "ChatCompletionResponseChoicesItemMessageRole",
    "ChatCompletionResponseChoicesItemMessageToolCallsItem",
    "ChatCompletionResponseChoicesItemMessageToolCallsItemFunction",
    "ChatCompletionResponseChoicesItemMessageToolCallsItemType",
    "ChatCompletionResponseObject",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionStreamResponseDeltaRole",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTool",
    "ChatCompletionToolCall",
    "ChatCompletionToolCallChunk",
    "ChatCompletionToolCallChunkFunction",
    "ChatCompletionToolCallChunkType",
    "ChatCompletionToolCallFunction",
    "ChatCompletionToolCallType",
    "ChatCompletionToolType",
    "ChatCompletionTopLogprobItem",
    "ChatMessage",
    "ChatMessageRole",
    "Check",
    "CheckBase",
    "CheckUpdatable",
    "CheckUpdatableRegionsItem",
    "CheckUpdatableType",
    "Cluster",
    "ClusterAutoscalerConfigurationType0",
    "ClusterAutoscalerConfigurationType0ExpandersItem",
    "ClusterRead",
    "ClusterReadStatus",
    "ClusterReadStatusState",
    "ClusterRegistries",
    "ClusterRegistry",
    "ClusterStatus",
    "ClusterStatusState",
    "ClusterUpdate",
    "ClusterlintRequest",
    "ClusterlintResults",
    "ClusterlintResultsDiagnosticsItem",
    "ClusterlintResultsDiagnosticsItemObject",
    "CompletionUsage",
    "CompletionUsageCacheCreation",
    "ConfigurationsForExternalLogging",
    "ConnectionPool",
    "ConnectionPoolConnection",
    "ConnectionPoolPrivateConnection",
    "ConnectionPoolStandbyConnection",
    "ConnectionPoolStandbyPrivateConnection",
    "ConnectionPoolUpdate",
    "ConnectionPools",
    "ControlPlaneFirewallType0",
    "CorednsAutoscalerType0",
    "CreateImageRequest",
    "CreateImageRequestSize",
    "CreateNamespace",
    "CreateResponseRequest",
    "CreateResponseRequestInputType1Item",
    "CreateResponseRequestInputType1ItemRole",
    "CreateResponseRequestMetadataType0",
    "CreateResponseRequestStreamOptionsType0",
    "CreateResponseRequestToolChoiceType0",
    "CreateResponseRequestToolChoiceType1",
    "CreateResponseRequestToolChoiceType1Function",
    "CreateResponseRequestToolChoiceType1Type",
    "CreateResponseRequestToolsType0Item",
    "CreateResponseRequestToolsType0ItemParameters",
    "CreateResponseRequestToolsType0ItemType",
    "CreateResponseResponse",
    "CreateResponseResponseObject",
    "CreateResponseResponseOutputItem",
    "CreateResponseResponseOutputItemContentItem",
    "CreateResponseResponseOutputItemContentItemType",
    "CreateResponseResponseOutputItemType",
    "CreateResponseResponseToolsType0Item",
    "CreateResponseResponseToolsType0ItemParameters",
    "CreateResponseResponseToolsType0ItemType",
    "CreateResponseStreamResponse",
    "CreateResponseStreamResponseChoicesItem",
    "CreateResponseStreamResponseChoicesItemDelta",
    "CreateResponseStreamResponseChoicesItemDeltaRole",
    "CreateResponseStreamResponseChoicesItemDeltaToolCallsType0Item",
    "CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemFunction",
    "CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemType",
    "CreateResponseStreamResponseChoicesItemFinishReason",
    "CreateResponseStreamResponseChoicesItemLogprobsType0",
    "CreateResponseStreamResponseObject",
    "CreateTeam",
    "CreateTeamRequest",
    "CreateTrigger",
    "Credentials",
    "CurrentUtilization",
    "CustomCertificateRequest",
    "CustomModelActiveDeployment",
    "CustomModelActiveDeploymentEndpoints",
    "CustomModelSourceRef",
    "CustomModelSourceType",
    "CustomModelTags",
    "Database",
    "DatabaseAutoscaleParams",
    "DatabaseAutoscaleParamsStorage",
    "DatabaseBackup",
    "DatabaseCluster",
    "DatabaseClusterConnection",
    "DatabaseClusterDoSettings",
    "DatabaseClusterEngine",
    "DatabaseClusterPrivateConnection",
    "DatabaseClusterRead",
    "DatabaseClusterReadConnection",
    "DatabaseClusterReadDoSettings",
    "DatabaseClusterReadEngine",
    "DatabaseClusterReadPrivateConnection",
    "DatabaseClusterReadSchemaRegistryConnection",
    "DatabaseClusterReadStandbyConnection",
    "DatabaseClusterReadStandbyPrivateConnection",
    "DatabaseClusterReadStatus",
    "DatabaseClusterReadUiConnection",
    "DatabaseClusterResize",
    "DatabaseClusterSchemaRegistryConnection",
    "DatabaseClusterStandbyConnection",
    "DatabaseClusterStandbyPrivateConnection",
    "DatabaseClusterStatus",
    "DatabaseClusterUiConnection",
    "DatabaseConfig",
    "DatabaseConnection",
    "DatabaseKafkaSchemaCreate",
    "DatabaseKafkaSchemaCreateSchemaType",
    "DatabaseLayoutOption",
    "DatabaseLayoutOptions",
    "DatabaseMaintenanceWindowType0",
    "DatabaseMetricsCredentials",
    "DatabaseRegionOptions",
    "DatabaseReplica",
    "DatabaseReplicaConnection",
    "DatabaseReplicaDoSettings",
    "DatabaseReplicaPrivateConnection",
    "DatabaseReplicaRead",
    "DatabaseReplicaReadConnection",
    "DatabaseReplicaReadDoSettings",
    "DatabaseReplicaReadPrivateConnection",
    "DatabaseReplicaReadStatus",
    "DatabaseReplicaStatus",
    "DatabaseServiceEndpoint",
    "DatabaseStorageAutoscaleParams",
    "DatabaseUser",
    "DatabaseUserRole",
    "DatabaseVersionAvailability",
    "DatabaseVersionOptions",
    "DatabasesAddConnectionPoolResponse201",
    "DatabasesAddResponse201",
    "DatabasesAddUserBody",
    "DatabasesAddUserResponse201",
    "DatabasesBasicAuthCredentials",
    "DatabasesCreateClusterBody",
    "DatabasesCreateClusterResponse201",
    "DatabasesCreateKafkaTopicResponse201",
    "DatabasesCreateLogsinkResponse201",
    "DatabasesCreateReplicaResponse201",
    "DatabasesGetAutoscaleResponse200",
    "DatabasesGetCaResponse200",
    "DatabasesGetClusterMetricsCredentialsResponse200",
    "DatabasesGetClusterResponse200",
    "DatabasesGetConfigResponse200",
    "DatabasesGetConnectionPoolResponse200",
    "DatabasesGetDoSettingsResponse200",
    "DatabasesGetEvictionPolicyResponse200",
    "DatabasesGetKafkaSchemaConfigResponse200",
    "DatabasesGetKafkaSchemaConfigResponse200CompatibilityLevel",
    "DatabasesGetKafkaSchemaSubjectConfigResponse200",
    "DatabasesGetKafkaSchemaSubjectConfigResponse200CompatibilityLevel",
    "DatabasesGetKafkaTopicResponse200",
    "DatabasesGetReplicaResponse200",
    "DatabasesGetResponse200",
    "DatabasesGetUserResponse200",
    "DatabasesListBackupsResponse200",
    "DatabasesListBackupsResponse200ScheduledBackupTime",
    "DatabasesListClustersResponse200",
    "DatabasesListEventsLogsResponse200",
    "DatabasesListFirewallRulesResponse200",
    "DatabasesListKafkaSchemasResponse200",
    "DatabasesListKafkaTopicsResponse200",
    "DatabasesListLogsinkResponse200",
    "DatabasesListOpeasearchIndexesResponse200",
    "DatabasesListReplicasResponse200",
    "DatabasesListResponse200",
    "DatabasesListUsersResponse200",
    "DatabasesResetAuthBody",
    "DatabasesResetAuthResponse200",
    "DatabasesUpdateDoSettingsBody",
    "DatabasesUpdateEvictionPolicyBody",
    "DatabasesUpdateFirewallRulesBody",
    "DatabasesUpdateKafkaSchemaConfigBody",
    "DatabasesUpdateKafkaSchemaConfigBodyCompatibilityLevel",
    "DatabasesUpdateKafkaSchemaConfigResponse200",
    "DatabasesUpdateKafkaSchemaConfigResponse200CompatibilityLevel",
    "DatabasesUpdateKafkaSchemaSubjectConfigBody",
    "DatabasesUpdateKafkaSchemaSubjectConfigBodyCompatibilityLevel",
    "DatabasesUpdateKafkaSchemaSubjectConfigResponse200",
    "DatabasesUpdateKafkaSchemaSubjectConfigResponse200CompatibilityLevel",
    "DatabasesUpdateKafkaTopicResponse200",
    "DatabasesUpdateRegionBody",
    "DatabasesUpdateUserBody",
    "DatabasesUpdateUserResponse201",
    "DatadogLogsink",
    "DbaasClusterStatus",
    "DedicatedInference",
    "DedicatedInferenceAccelerator",
    "DedicatedInferenceAccessToken",
    "DedicatedInferenceCreateRequest",
    "DedicatedInferenceCreateRequestAccessTokens",
    "DedicatedInferenceEndpoints",
    "DedicatedInferenceGpuModelConfig",
    "DedicatedInferenceGpuModelConfigsResponse",
    "DedicatedInferenceSize",
    "DedicatedInferenceSizesResponse",
    "DedicatedInferenceSpec",
    "DedicatedInferenceSpecRegion",
    "DedicatedInferenceSpecVpc",
    "DedicatedInferenceStatus",
    "DedicatedInferenceTokenCreateRequest",
    "DedicatedInferenceUpdateRequest",
    "DedicatedInferenceUpdateRequestAccessTokens",
    "DedicatedInferencesCreateResponse202",
    "DedicatedInferencesCreateTokensResponse202",
    "DedicatedInferencesGetCaResponse200",
    "DedicatedInferencesGetResponse200",
    "DedicatedInferencesListAcceleratorsResponse200",
    "DedicatedInferencesListRegion",
    "DedicatedInferencesListResponse200",
    "DedicatedInferencesListResponse200Links",
    "DedicatedInferencesListResponse200LinksPages",
    "DedicatedInferencesListResponse200Meta",
    "DedicatedInferencesListTokensResponse200",
    "DedicatedInferencesPatchResponse202",
    "Destination",
    "DestinationOmitCredentials",
    "DestinationOmitCredentialsType",
    "DestinationRequest",
    "DestinationRequestType",
    "DestinationType",
    "DestroyAssociatedKubernetesResources",
    "DestroyedAssociatedResource",
    "DiskInfo",
    "DiskInfoSize",
    "DiskInfoType",
    "Distribution",
    "DoSettings",
    "DockerCredentials",
    "DockerCredentialsAuths",
    "DockerCredentialsAuthsRegistryDigitaloceanCom",
    "Domain",
    "DomainRecord",
    "DomainRecordA",
    "DomainRecordAaaa",
    "DomainRecordCaa",
    "DomainRecordCname",
    "DomainRecordMx",
    "DomainRecordNs",
    "DomainRecordSoa",
    "DomainRecordSrv",
    "DomainRecordTxt",
    "Domains",
    "DomainsCreateRecordResponse201",
    "DomainsCreateResponse201",
    "DomainsGetRecordResponse200",
    "DomainsGetResponse200",
    "DomainsListRecordsResponse200",
    "DomainsListRecordsType",
    "DomainsListResponse200",
    "DomainsPatchRecordResponse200",
    "DomainsUpdateRecordResponse200",
    "Droplet",
    "DropletAction",
    "DropletActionChangeBackupPolicy",
    "DropletActionChangeBackupPolicyBackupPolicy",
    "DropletActionChangeKernel",
    "DropletActionEnableBackups",
    "DropletActionEnableBackupsBackupPolicy",
    "DropletActionRebuild",
    "DropletActionRename",
    "DropletActionResize",
    "DropletActionRestore",
    "DropletActionSnapshot",
    "DropletActionType",
    "DropletActionsGetResponse200",
    "DropletActionsListResponse200",
    "DropletActionsPostByTagResponse201",
    "DropletActionsPostResponse201",
    "DropletBackupPolicy",
    "DropletBackupPolicyHour",
    "DropletBackupPolicyPlan",
    "DropletBackupPolicyRecord",
    "DropletBackupPolicyRecordBackupPolicy",
    "DropletBackupPolicyWeekday",
    "DropletCreate",
    "DropletCreateBackupPolicy",
    "DropletImage",
    "DropletNetworks",
    "DropletNextBackupWindowType0",
    "DropletSnapshot",
    "DropletSnapshotType",
    "DropletStatus",
    "DropletsCreateMultipleDropletResponse",
    "DropletsCreateMultipleDropletResponseLinks",
    "DropletsCreateSingleDropletResponse",
    "DropletsCreateSingleDropletResponseLinks",
    "DropletsGetBackupPolicyResponse200",
    "DropletsGetResponse200",
    "DropletsListAssociatedResourcesResponse200",
    "DropletsListBackupPoliciesResponse200",
    "DropletsListBackupPoliciesResponse200Policies",
    "DropletsListBackupsResponse200",
    "DropletsListFirewallsResponse200",
    "DropletsListKernelsResponse200",
    "DropletsListNeighborsResponse200",
    "DropletsListResponse200",
    "DropletsListSnapshotsResponse200",
    "DropletsListSupportedBackupPoliciesResponse200",
    "DropletsListType",
    "ElasticsearchLogsink",
    "EmbeddingDataItem",
    "EmbeddingDataItemObject",
    "EmbeddingsRequest",
    "EmbeddingsRequestEncodingFormat",
    "EmbeddingsResponse",
    "EmbeddingsResponseObject",
    "EmbeddingsUsage",
    "Error",
    "ErrorWithRootCauses",
    "EventsLogs",
    "EventsLogsEventType",
    "EvictionPolicyModel",
    "Firewall",
    "FirewallPendingChangesItem",
    "FirewallRule",
    "FirewallRuleBase",
    "FirewallRuleBaseProtocol",
    "FirewallRuleTarget",
    "FirewallRuleType",
    "FirewallRules",
    "FirewallRulesInboundRulesType0Item",
    "FirewallRulesInboundRulesType0ItemSources",
    "FirewallRulesOutboundRulesType0Item",
    "FirewallRulesOutboundRulesType0ItemDestinations",
    "FirewallStatus",
    "FirewallsAddRulesBody",
    "FirewallsAddTagsBody",
    "FirewallsAssignDropletsBody",
    "FirewallsCreateBody",
    "FirewallsCreateResponse202",
    "FirewallsDeleteDropletsBody",
    "FirewallsDeleteRulesBody",
    "FirewallsDeleteTagsBody",
    "FirewallsGetResponse200",
    "FirewallsListResponse200",
    "FirewallsUpdateBody",
    "FirewallsUpdateResponse200",
    "FloatingIPsAction",
    "FloatingIPsActionGetResponse200",
    "FloatingIPsActionGetResponse200Action",
    "FloatingIPsActionListResponse200",
    "FloatingIPsActionPostResponse201",
    "FloatingIPsActionPostResponse201Action",
    "FloatingIPsActionType",
    "FloatingIPsCreateResponse202",
    "FloatingIPsCreateResponse202Links",
    "FloatingIPsGetResponse200",
    "FloatingIPsListResponse200",
    "FloatingIp",
    "FloatingIpActionAssign",
    "FloatingIpActionUnassign",
    "FloatingIpCreateType0",
    "FloatingIpCreateType1",
    "FloatingIpNull",
    "FloatingIpRegion",
    "ForwardLinks",
    "ForwardingRule",
    "ForwardingRuleEntryProtocol",
    "ForwardingRuleTargetProtocol",
    "FunctionObject",
    "FunctionObjectParameters",
    "FunctionsAccessKeyCreateResponse201",
    "FunctionsAccessKeyDeleteResponse200",
    "FunctionsAccessKeyListResponse200",
    "FunctionsAccessKeyUpdateBody",
    "FunctionsAccessKeyUpdateResponse200",
    "FunctionsCreateNamespaceResponse200",
    "FunctionsCreateTriggerResponse200",
    "FunctionsGetNamespaceResponse200",
    "FunctionsGetTriggerResponse200",
    "FunctionsListNamespacesResponse200",
    "FunctionsListTriggersResponse200",
    "FunctionsUpdateTriggerResponse200",
    "GarbageCollection",
    "GarbageCollectionStatus",
    "GenaiListCustomModelsStatus",
    "GenaiListEvaluationDatasetsDatasetType",
    "GenaiListModelEvaluationRunsCandidateTypesItem",
    "GenaiListModelEvaluationRunsSortBy",
    "GenaiListModelEvaluationRunsSortDirection",
    "GenaiListModelEvaluationRunsStatus",
    "GenaiListModelEvaluationRunsStatusesItem",
    "GenaiListModelsUsecasesItem",
    "GenaiapiRegion",
    "GeneratedImage",
    "GeographicalInformationAboutAnAppOrigin",
    "GlbSettings",
    "GlbSettingsCdn",
    "GlbSettingsRegionPriorities",
    "GlbSettingsTargetProtocol",
    "GpuInfo",
    "GpuInfoVram",
    "Grant",
    "HealthCheck",
    "HealthCheckProtocol",
    "History",
    "HistoryReason",
    "HistoryStatus",
    "Image",
    "ImageActionBase",
    "ImageActionBaseType",
    "ImageActionTransfer",
    "ImageActionsListResponse200",
    "ImageGenPartialImageEvent",
    "ImageGenPartialImageEventBackground",
    "ImageGenPartialImageEventOutputFormat",
    "ImageGenPartialImageEventQuality",
    "ImageGenPartialImageEventSize",
    "ImageGenPartialImageEventType",
    "ImageNewCustom",
    "ImageStatus",
    "ImageType",
    "ImageUpdate",
    "ImagesCreateCustomResponse202",
    "ImagesGetResponse200",
    "ImagesListResponse200",
    "ImagesListType",
    "ImagesPostAccountTransferAccept",
    "ImagesPostAccountTransferCancel",
    "ImagesPostAccountTransferCreateResponse201",
    "ImagesPostAccountTransferDecline",
    "ImagesResponse",
    "ImagesUpdateResponse200",
    "ImagesUsage",
    "ImagesUsageInputTokensDetails",
    "InferenceListBatchesStatus",
    "InvoiceItem",
    "InvoicePreview",
    "InvoiceSummary",
    "InvoiceSummaryCreditsAndAdjustments",
    "InvoiceSummaryOverages",
    "InvoiceSummaryProductCharges",
    "InvoiceSummaryTaxes",
    "InvoiceSummaryUserBillingAddress",
    "InvoicesGetByUuidResponse200",
    "InvoicesListResponse200",
    "KafkaAdvancedConfig",
    "KafkaAdvancedConfigCompressionType",
    "KafkaAdvancedConfigLogCleanupPolicy",
    "KafkaAdvancedConfigLogMessageTimestampType",
    "KafkaSchemaVerbose",
    "KafkaSchemaVerboseSchemaType",
    "KafkaSchemaVersionVerbose",
    "KafkaSchemaVersionVerboseSchemaType",
    "KafkaTopic",
    "KafkaTopicBase",
    "KafkaTopicConfig",
    "KafkaTopicConfigCleanupPolicy",
    "KafkaTopicConfigCompressionType",
    "KafkaTopicConfigMessageFormatVersion",
    "KafkaTopicConfigMessageTimestampType",
    "KafkaTopicCreate",
    "KafkaTopicPartition",
    "KafkaTopicPartitionConsumerGroupsType0Item",
    "KafkaTopicState",
    "KafkaTopicUpdate",
    "KafkaTopicVerbose",
    "KafkaTopicVerboseState",
    "KernelType0",
    "Key",
    "KeyCreateResponse",
    "KubernetesAddNodePoolResponse201",
    "KubernetesCreateClusterResponse201",
    "KubernetesGetAvailableUpgradesResponse200",
    "KubernetesGetClusterResponse200",
    "KubernetesGetKubeconfigType",
    "KubernetesGetNodePoolResponse200",
    "KubernetesGetStatusMessagesResponse200",
    "KubernetesListClustersResponse200",
    "KubernetesListNodePoolsResponse200",
    "KubernetesNodePool",
    "KubernetesNodePoolBase",
    "KubernetesNodePoolBaseLabelsType0",
    "KubernetesNodePoolSize",
    "KubernetesNodePoolTaint",
    "KubernetesNodePoolTaintEffect",
    "KubernetesNodePoolUpdate",
    "KubernetesOptions",
    "KubernetesOptionsOptions",
    "KubernetesRecycleNodePoolBody",
    "KubernetesRegion",
    "KubernetesRunClusterLintResponse202",
    "KubernetesSize",
    "KubernetesUpdateClusterResponse202",
    "KubernetesUpdateNodePoolResponse202",
    "KubernetesUpgradeClusterBody",
    "KubernetesVersion",
    "LbFirewall",
    "LetsEncryptCertificateRequest",
    "LinkToFirstPage",
    "LinkToLastPage",
    "LinkToNextPage",
    "LinkToPrevPage",
    "ListAlertPolicy",
    "ListModelsResponse",
    "ListModelsResponseObject",
    "LoadBalancer",
    "LoadBalancerBase",
    "LoadBalancerBaseAlgorithm",
    "LoadBalancerBaseNetwork",
    "LoadBalancerBaseNetworkStack",
    "LoadBalancerBaseSize",
    "LoadBalancerBaseStatus",
    "LoadBalancerBaseTlsCipherPolicy",
    "LoadBalancerBaseType",
    "LoadBalancerRegion",
    "LoadBalancersAddDropletsBody",
    "LoadBalancersAddForwardingRulesBody",
    "LoadBalancersCreateResponse202",
    "LoadBalancersGetResponse200",
    "LoadBalancersListResponse200",
    "LoadBalancersRemoveDropletsBody",
    "LoadBalancersRemoveForwardingRulesBody",
    "LoadBalancersUpdateResponse200",
    "LogsinkBase",
    "LogsinkBaseSinkType",
    "LogsinkBaseVerbose",
    "LogsinkBaseVerboseSinkType",
    "LogsinkCreate",
    "LogsinkSchema",
    "LogsinkUpdate",
    "LogsinkVerbose",
    "MaintenancePolicyType0",
    "MaintenancePolicyType0Day",
    "Member",
    "MemberCurrentUtilization",
    "MemberHealthStatus",
    "MemberStatus",
    "MessagesApiMessageParam",
    "MessagesApiMessageParamRole",
    "MessagesCreateErrorResponse",
    "MessagesCreateErrorResponseError",
    "MessagesCreateErrorResponseType",
    "MessagesCreateRequest",
    "MessagesCreateRequestMetadata",
    "MessagesCreateRequestReasoningEffort",
    "MessagesCreateRequestSpeed",
    "MessagesCreateResponse",
    "MessagesCreateResponseRole",
    "MessagesCreateResponseStopReason",
    "MessagesCreateResponseType",
    "MessagesImageBlockParam",
    "MessagesImageBlockParamType",
    "MessagesImageSourceParam",
    "MessagesRequestTextBlockParam",
    "MessagesRequestTextBlockParamType",
    "MessagesResponseTextBlock",
    "MessagesResponseTextBlockType",
    "MessagesResponseToolUseBlock",
    "MessagesResponseToolUseBlockInput",
    "MessagesResponseToolUseBlockType",
    "MessagesStreamEvent",
    "MessagesStreamEventContentBlock",
    "MessagesStreamEventDelta",
    "MessagesStreamEventMessage",
    "MessagesStreamEventType",
    "MessagesStreamEventUsage",
    "MessagesStreamEventUsageSpeed",
    "MessagesThinkingConfigParamType0",
    "MessagesToolChoiceParamType1",
    "MessagesToolChoiceParamType1Type",
    "MessagesToolDefinitionParam",
    "MessagesToolDefinitionParamInputSchema",
    "MessagesToolResultBlockParam",
    "MessagesToolResultBlockParamContentType1Item",
    "MessagesToolResultBlockParamType",
    "MessagesToolUseBlockParam",
    "MessagesToolUseBlockParamInput",
    "MessagesToolUseBlockParamType",
    "MessagesUsage",
    "MessagesUsageSpeed",
    "Meta",
    "MetaMeta",
    "MetaOptionalTotal",
    "MetaProperties",
    "Metrics",
    "MetricsData",
    "MetricsDataResultType",
    "MetricsResult",
    "MetricsResultMetric",
    "MetricsStatus",
    "Model",
    "ModelDeploymentSpec",
    "ModelDeploymentSpecModelProvider",
    "ModelDeploymentSpecWorkloadConfig",
    "ModelObject",
    "MongoAdvancedConfig",
    "MongoAdvancedConfigDefaultReadConcern",
    "MonitoringCreateAlertPolicyResponse200",
    "MonitoringCreateDestinationResponse200",
    "MonitoringCreateSinkBody",
    "MonitoringGetAlertPolicyResponse200",
    "MonitoringGetDatabaseMysqlCpuUsageAggregate",
    "MonitoringGetDatabaseMysqlDiskUsageAggregate",
    "MonitoringGetDatabaseMysqlLoadAggregate",
    "MonitoringGetDatabaseMysqlLoadMetric",
    "MonitoringGetDatabaseMysqlMemoryUsageAggregate",
    "MonitoringGetDatabaseMysqlOpRatesMetric",
    "MonitoringGetDatabaseMysqlSchemaLatencyMetric",
    "MonitoringGetDatabaseMysqlSchemaThroughputMetric",
    "MonitoringGetDestinationResponse200",
    "MonitoringGetDropletBandwidthMetricsDirection",
    "MonitoringGetDropletBandwidthMetricsInterface",
    "MonitoringGetSinkResponse200",
    "MonitoringListAlertPolicyResponse200",
    "MonitoringListDestinationsResponse200",
    "MonitoringListSinksResponse200",
    "MonitoringUpdateAlertPolicyResponse200",
    "MultipleDropletRequest",
    "MultiregistryCreate",
    "MultiregistryCreateRegion",
    "MultiregistryCreateSubscriptionTierSlug",
    "MysqlAdvancedConfig",
    "MysqlAdvancedConfigInnodbFlushNeighbors",
    "MysqlAdvancedConfigInternalTmpMemStorageEngine",
    "MysqlAdvancedConfigLogOutput",
    "MysqlIncrementalBackup",
    "MysqlSettings",
    "MysqlSettingsAuthPlugin",
    "Name",
    "NamespaceInfo",
    "NeighborIds",
    "NetworkV4",
    "NetworkV4Type",
    "NetworkV6",
    "NetworkV6Type",
    "NfsAction",
    "NfsAction2",
    "NfsAction2ResourceType",
    "NfsAction2Status",
    "NfsActionAttach",
    "NfsActionAttachParams",
    "NfsActionDetach",
    "NfsActionDetachParams",
    "NfsActionReassign",
    "NfsActionReassignParams",
    "NfsActionResize",
    "NfsActionResizeParams",
    "NfsActionSnapshot",
    "NfsActionSnapshotParams",
    "NfsActionSwitchPerformanceTier",
    "NfsActionSwitchPerformanceTierParams",
    "NfsActionType",
    "NfsActionsResponse",
    "NfsApiError",
    "NfsCreateResponse",
    "NfsGetResponse",
    "NfsListAccessPointsStatus",
    "NfsListResponse",
    "NfsRequest",
    "NfsResponse",
    "NfsResponseStatus",
    "NfsSnapshotGetResponse",
    "NfsSnapshotListResponse",
    "NfsSnapshotResponse",
    "NfsSnapshotResponseStatus",
    "Node",
    "NodeStatus",
    "NodeStatusState",
    "Notification",
    "NotificationSlackItem",
    "NvidiaGpuDevicePluginType0",
    "OneClicks",
    "OneClicksCreate",
    "OneClicksInstallKubernetesResponse200",
    "OneClicksListResponse200",
    "OneClicksListType",
    "OnlineMigration",
    "OnlineMigrationStatus",
    "OpensearchAdvancedConfig",
    "OpensearchConfig",
    "OpensearchConfigCredentials",
    "OpensearchConfigOmitCredentials",
    "OpensearchConfigRequest",
    "OpensearchConfigRequestCredentials",
    "OpensearchConnection",
    "OpensearchIndex",
    "OpensearchIndexBase",
    "OpensearchIndexHealth",
    "OpensearchIndexStatus",
    "OpensearchLogsink",
    "Options",
    "OptionsOptions",
    "OptionsOptionsAdvancedMysql",
    "OptionsOptionsAdvancedPg",
    "OptionsOptionsKafka",
    "OptionsOptionsMongodb",
    "OptionsOptionsMysql",
    "OptionsOptionsOpensearch",
    "OptionsOptionsPg",
    "OptionsOptionsRedis",
    "OptionsOptionsValkey",
    "OptionsVersionAvailability",
    "OrganizationTeam",
    "OrganizationTeamStatus",
    "OrganizationsCreateTeamResponse201",
    "OrganizationsCreateTeamResponse201Invitations",
    "OrganizationsListTeamsResponse200",
    "P2pOciRegistryPluginType0",
    "PageLinks",
    "Pagination",
    "PartnerAttachment",
    "PartnerAttachmentBgp",
    "PartnerAttachmentRemoteRoute",
    "PartnerAttachmentServiceKey",
    "PartnerAttachmentWritable",
    "PartnerAttachmentWritableBgp",
    "PartnerAttachmentWritableConnectionBandwidthInMbps",
    "PartnerAttachmentWritableRedundancyZone",
    "PartnerAttachmentWritableRegion",
    "PartnerAttachmentsCreateResponse202",
    "PartnerAttachmentsCreateServiceKeyResponse202",
    "PartnerAttachmentsDeleteResponse202",
    "PartnerAttachmentsGetBgpAuthKeyResponse200",
    "PartnerAttachmentsGetBgpAuthKeyResponse200BgpAuthKey",
    "PartnerAttachmentsGetResponse200",
    "PartnerAttachmentsGetServiceKeyResponse200",
    "PartnerAttachmentsGetServiceKeyResponse200ServiceKey",
    "PartnerAttachmentsListRemoteRoutesResponse200",
    "PartnerAttachmentsListResponse200",
    "PartnerAttachmentsPatchResponse202",
    "PendingDeploymentSpec",
    "PendingDeploymentSpecStatus",
    "PendingDeploymentSpecVpc",
    "PgbouncerAdvancedConfig",
    "PgbouncerAdvancedConfigAutodbPoolMode",
    "PgbouncerAdvancedConfigIgnoreStartupParametersItem",
    "PlanDowngrades",
    "PostgresAdvancedConfig",
    "PostgresAdvancedConfigDefaultToastCompression",
    "PostgresAdvancedConfigLogErrorVerbosity",
    "PostgresAdvancedConfigLogLinePrefix",
    "PostgresAdvancedConfigPgStatStatementsTrack",
    "PostgresAdvancedConfigSynchronousReplication",
    "PostgresAdvancedConfigTrackCommitTimestamp",
    "PostgresAdvancedConfigTrackFunctions",
    "PostgresAdvancedConfigTrackIoTiming",
    "PreviousOutage",
    "ProductChargeItem",
    "ProductUsageCharges",
    "Project",
    "ProjectAssignment",
    "ProjectBase",
    "ProjectBaseEnvironment",
    "ProjectsAssignResourcesDefaultResponse200",
    "ProjectsAssignResourcesResponse200",
    "ProjectsCreateResponse201",
    "ProjectsGetDefaultResponse200",
    "ProjectsGetResponse200",
    "ProjectsListResourcesDefaultResponse200",
    "ProjectsListResourcesResponse200",
    "ProjectsListResponse200",
    "ProjectsPatchDefaultResponse200",
    "ProjectsPatchResponse200",
    "ProjectsUpdateDefaultResponse200",
    "ProjectsUpdateResponse200",
    "PurgeCache",
    "RdmaSharedDevPluginType0",
    "RedisAdvancedConfig",
    "RedisAdvancedConfigRedisAclChannelsDefault",
    "RedisAdvancedConfigRedisMaxmemoryPolicy",
    "RedisAdvancedConfigRedisPersistence",
    "Region",
    "RegionSlug",
    "RegionState",
    "RegionStateStatus",
    "RegionalState",
    "RegionsListResponse200",
    "RegistriesCreateResponse201",
    "RegistriesGetGarbageCollectionResponse200",
    "RegistriesGetOptionsResponse200",
    "RegistriesGetOptionsResponse200Options",
    "RegistriesGetOptionsResponse200OptionsSubscriptionTiersItem",
    "RegistriesGetResponse200",
    "RegistriesGetSubscriptionResponse200",
    "RegistriesListGarbageCollectionsResponse200",
    "RegistriesListRepositoriesV2Response200",
    "RegistriesListRepositoryManifestsResponse200",
    "RegistriesListRepositoryTagsResponse200",
    "RegistriesListResponse200",
    "RegistriesRunGarbageCollectionResponse201",
    "RegistriesUpdateGarbageCollectionResponse200",
    "RegistriesUpdateSubscriptionBody",
    "RegistriesUpdateSubscriptionBodyTierSlug",
    "RegistriesUpdateSubscriptionResponse200",
    "Registry",
    "RegistryBase",
    "RegistryCreate",
    "RegistryCreateRegion",
    "RegistryCreateResponse201",
    "RegistryCreateSubscriptionTierSlug",
    "RegistryGetGarbageCollectionResponse200",
    "RegistryGetOptionsResponse200",
    "RegistryGetOptionsResponse200Options",
    "RegistryGetOptionsResponse200OptionsSubscriptionTiersItem",
    "RegistryGetResponse200",
    "RegistryGetSubscriptionResponse200",
    "RegistryListGarbageCollectionsResponse200",
    "RegistryListRepositoriesResponse200",
    "RegistryListRepositoriesV2Response200",
    "RegistryListRepositoryManifestsResponse200",
    "RegistryListRepositoryTagsResponse200",
    "RegistryRunGarbageCollectionResponse201",
    "RegistryRunGc",
    "RegistryRunGcType",
    "RegistrySubscription",
    "RegistryUpdateGarbageCollectionResponse200",
    "RegistryUpdateSubscriptionBody",
    "RegistryUpdateSubscriptionBodyTierSlug",
    "RegistryUpdateSubscriptionResponse200",
    "Repository",
    "RepositoryBlob",
    "RepositoryManifest",
    "RepositoryTag",
    "RepositoryV2",
    "ReservedIPsActionsGetResponse200",
    "ReservedIPsActionsGetResponse200Action",
    "ReservedIPsActionsListResponse200",
    "ReservedIPsActionsPostResponse201",
    "ReservedIPsActionsPostResponse201Action",
    "ReservedIPsCreateResponse202",
    "ReservedIPsCreateResponse202Links",
    "ReservedIPsGetResponse200",
    "ReservedIPsListResponse200",
    "ReservedIPv6CreateResponse201",
    "ReservedIPv6CreateResponse201ReservedIpv6",
    "ReservedIPv6GetResponse200",
    "ReservedIPv6ListResponse200",
    "ReservedIp",
    "ReservedIpActionAssign",
    "ReservedIpActionType",
    "ReservedIpActionTypeType",
    "ReservedIpActionUnassign",
    "ReservedIpCreateType0",
    "ReservedIpCreateType1",
    "ReservedIpNull",
    "ReservedIpRegion",
    "ReservedIpv6",
    "ReservedIpv6ActionAssign",
    "ReservedIpv6ActionType",
    "ReservedIpv6ActionTypeType",
    "ReservedIpv6ActionUnassign",
    "ReservedIpv6Create",
    "ReservedIpv6List",
    "ReservedIpv6ListReservedIpv6SItem",
    "ReservedIpv6ListReservedIpv6SItemNull",
    "ReservedIpv6Null",
    "Resource",
    "ResourceLinks",
    "ResourceStatus",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "RoutingAgentType0",
    "RsyslogLogsink",
    "RsyslogLogsinkFormat",
    "SHAREDSharedVCPUCoresDEDICATEDDedicatedVCPUCores",
    "Scan",
    "ScanFindingsItem",
    "ScanFindingsItemMitigationStepsItem",
    "ScanFindingsItemSeverity",
    "ScanStatus",
    "ScheduledDetails",
    "ScheduledDetailsBodyType0",
    "SchemaRegistryConnection",
    "SecurityCreateScanResponse201",
    "SecurityCreateScanRuleBody",
    "SecurityCreateSuppressionBody",
    "SecurityGetLatestScanResponse200",
    "SecurityGetLatestScanSeverity",
    "SecurityGetScanResponse200",
    "SecurityGetScanSeverity",
    "SecurityListScanFindingAffectedResourcesResponse200",
    "SecurityListScansResponse200",
    "SecurityUpdateSettingsPlanBody",
    "SecurityUpdateSettingsPlanBodyTierCoverage",
    "SecurityUpdateSettingsPlanBodyTierCoverageAdditionalProperty",
    "SecurityUpdateSettingsPlanResponse200",
    "SecurityUpdateSettingsPlanResponse200TierCoverage",
    "SecurityUpdateSettingsPlanResponse200TierCoverageAdditionalProperty",
    "SelectiveDestroyAssociatedResource",
    "Settings",
    "SettingsPlanDowngrades",
    "SettingsSettings",
    "SettingsTierCoverage",
    "SettingsTierCoverageAdditionalProperty",
    "SimpleCharge",
    "SingleDropletRequest",
    "SinkResource",
    "SinksResponse",
    "Size",
    "SizesListResponse200",
    "SlackDetails",
    "Snapshots",
    "SnapshotsBase",
    "SnapshotsGetResponse200",
    "SnapshotsListResourceType",
    "SnapshotsListResponse200",
    "SnapshotsResourceType",
    "SourceDatabase",
    "SourceDatabaseSource",
    "SourceRefAccessType",
    "SpacesKeyCreateResponse201",
    "SpacesKeyGetResponse200",
    "SpacesKeyListResponse200",
    "SpacesKeyPatchResponse200",
    "SpacesKeyUpdateResponse200",
    "SqlMode",
    "SshKeys",
    "SshKeysCreateResponse201",
    "SshKeysGetResponse200",
    "SshKeysListResponse200",
    "SshKeysUpdateBody",
    "SshKeysUpdateResponse200",
    "SsoType0",
    "State",
    "StatusMessages",
    "StickySessions",
    "StickySessionsType",
    "Subscription",
    "SubscriptionTierBase",
    "SubscriptionTierExtended",
    "SubscriptionTierExtendedEligibilityReasonsItem",
    "SupportedDropletBackupPolicy",
    "SuppressedResource",
    "SuppressedResourceRoot",
    "SuppressedResourceRootLinks",
    "SuppressedResourceRootLinksPages",
    "SuppressedResourceRootMeta",
    "Tags",
    "TagsCreateResponse201",
    "TagsGetResponse200",
    "TagsListResponse200",
    "TagsMetadata",
    "TagsResource",
    "TagsResourceResourcesItem",
    "TagsResourceResourcesItemResourceType",
    "TagsResources",
    "TagsResourcesDatabases",
    "TagsResourcesDroplets",
    "TagsResourcesImgages",
    "TagsResourcesVolumeSnapshots",
    "TagsResourcesVolumes",
    "TeamInvitation",
    "TeamInvitationRole",
    "TeamInvitationStatus",
    "TeamInvitationStatusStatus",
    "TheAppEgressType",
    "TheStatusOfTheDedicatedEgressIP",
    "TimescaledbAdvancedConfig",
    "TransferToEmail",
    "TransferToTeam",
    "TriggerInfo",
    "TriggerInfoScheduledRuns",
    "UpdateEndpoint",
    "UpdateEndpointTtl",
    "UpdateRegistry",
    "UpdateTrigger",
    "UptimeCreateAlertResponse201",
    "UptimeCreateCheckResponse201",
    "UptimeGetAlertResponse200",
    "UptimeGetCheckResponse200",
    "UptimeGetCheckStateResponse200",
    "UptimeListAlertsResponse200",
    "UptimeListChecksResponse200",
    "UptimeUpdateAlertResponse200",
    "UptimeUpdateCheckResponse200",
    "User",
    "UserKubernetesClusterUser",
    "UserSettings",
    "UserSettingsAclItem",
    "UserSettingsAclItemPermission",
    "UserSettingsMongoUserSettings",
    "UserSettingsMongoUserSettingsRole",
    "UserSettingsOpensearchAclItem",
    "UserSettingsOpensearchAclItemPermission",
    "VPCIDs",
    "ValidateRegistry",
    "ValkeyAdvancedConfig",
    "ValkeyAdvancedConfigValkeyAclChannelsDefault",
    "ValkeyAdvancedConfigValkeyPersistence",
    "VectordbBackup",
    "VectordbCreateVectorDBRequest",
    "VectordbCreateVectorDBResponse",
    "VectordbGetRestoreStatusResponse",
    "VectordbGetVectorDBAdminCredentialsResponse",
    "VectordbGetVectorDBResponse",
    "VectordbListBackupsResponse",
    "VectordbListVectorDBsResponse",
    "VectordbResizeVectorDBRequest",
    "VectordbResizeVectorDBResponse",
    "VectordbRestoreBackupRequest",
    "VectordbRestoreBackupResponse",
    "VectordbUpdateVectorDBRequest",
    "VectordbUpdateVectorDBResponse",
    "VectordbUpdateVectorDBTagsRequest",
    "VectordbUpdateVectorDBTagsResponse",
    "VectordbVectorDB",
    "VectordbVectorDBConfig",
    "VectordbVectorDBEndpoints",
    "Version2",
    "VolumeAction",
    "VolumeActionPostAttach",
    "VolumeActionPostBase",
    "VolumeActionPostBaseType",
    "VolumeActionPostDetach",
    "VolumeActionPostResize",
    "VolumeActionsGetResponse200",
    "VolumeActionsListResponse200",
    "VolumeActionsPostByIdResponse202",
    "VolumeActionsPostResponse202",
    "VolumeBase",
    "VolumeBaseRead",
    "VolumeFull",
    "VolumeFullRegion",
    "VolumeSnapshotId",
    "VolumeSnapshotsCreateBody",
    "VolumeSnapshotsCreateResponse201",
    "VolumeSnapshotsGetByIdResponse200",
    "VolumeSnapshotsListResponse200",
    "VolumeWriteFileSystemType",
    "VolumesCreateResponse201",
    "VolumesExt4",
    "VolumesGetResponse200",
    "VolumesListResponse200",
    "VolumesXfs",
    "Vpc",
    "VpcBase",
    "VpcCreate",
    "VpcDefault",
    "VpcMember",
    "VpcNatGatewayCreate",
    "VpcNatGatewayCreateRegion",
    "VpcNatGatewayCreateType",
    "VpcNatGatewayCreateVpcsItem",
    "VpcNatGatewayGet",
    "VpcNatGatewayGetEgresses",
    "VpcNatGatewayGetEgressesPublicGatewaysItem",
    "VpcNatGatewayGetRegion",
    "VpcNatGatewayGetState",
    "VpcNatGatewayGetType",
    "VpcNatGatewayGetVpcsItem",
    "VpcNatGatewayUpdate",
    "VpcNatGatewayUpdateVpcsItem",
    "VpcPeering",
    "VpcPeeringBase",
    "VpcPeeringBaseStatus",
    "VpcPeeringCreate",
    "VpcPeeringUpdatable",
    "VpcPeeringsCreateBody",
    "VpcPeeringsCreateResponse202",
    "VpcPeeringsDeleteResponse202",
    "VpcPeeringsGetResponse200",
    "VpcPeeringsListResponse200",
    "VpcPeeringsPatchResponse200",
    "VpcUpdatable",
    "VpcnatgatewaysCreateResponse202",
    "VpcnatgatewaysGetResponse200",
    "VpcnatgatewaysListRegion",
    "VpcnatgatewaysListResponse200",
    "VpcnatgatewaysListState",
    "VpcnatgatewaysListType",
    "VpcnatgatewaysUpdateResponse200",
    "VpcsCreateBody",
    "VpcsCreatePeeringsBody",
    "VpcsCreatePeeringsResponse202",
    "VpcsCreateResponse201",
    "VpcsGetResponse200",
    "VpcsListMembersResponse200",
    "VpcsListPeeringsResponse200",
    "VpcsListResponse200",
    "VpcsPatchBody",
    "VpcsPatchPeeringsResponse200",
    "VpcsPatchResponse200",
    "VpcsUpdateBody",
    "VpcsUpdateResponse200",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
