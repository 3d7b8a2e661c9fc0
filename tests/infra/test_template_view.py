"""infra.template_view reads what a template creates from the template: groups, counts, arrows, the table."""

from __future__ import annotations

import xml.dom.minidom

import pytest

from infra.template_view import draw, references, resources

TEMPLATE = {
    "Resources": {
        "Api": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"Name": "agents"}},
        "ApiMethod": {
            "Type": "AWS::ApiGateway::Method",
            "Properties": {
                "RestApiId": {"Ref": "Api"},
                "Integration": {"Uri": {"Fn::GetAtt": ["RestFn", "Arn"]}},
            },
        },
        "RestFn": {
            "Type": "AWS::Lambda::Function",
            "Properties": {
                "Role": {"Fn::GetAtt": ["RestRole", "Arn"]},
                "Environment": {"Variables": {"TABLE": {"Ref": "Table"}, "SM": {"Ref": "Tasks"}}},
            },
        },
        "StepFn": {"Type": "AWS::Lambda::Function", "Properties": {}},
        "RestRole": {
            "Type": "AWS::IAM::Role",
            "Properties": {"Policies": [{"Resource": {"Fn::GetAtt": ["Table", "Arn"]}}]},
        },
        "Tasks": {
            "Type": "AWS::StepFunctions::StateMachine",
            "Properties": {
                "DefinitionString": {
                    "Fn::Join": ["", ['{"Resource":"', {"Fn::GetAtt": ["StepFn", "Arn"]}, '"}']]
                }
            },
        },
        "Table": {"Type": "AWS::DynamoDB::Table", "Properties": {}},
        "Alarm": {
            "Type": "AWS::CloudWatch::Alarm",
            "Properties": {"AlarmActions": [{"Ref": "Topic"}], "Dimensions": [{"Value": {"Ref": "RestFn"}}]},
        },
        "Topic": {"Type": "AWS::SNS::Topic", "Properties": {}},
        "Rule": {
            "Type": "AWS::Events::Rule",
            "Properties": {"Targets": [{"Arn": {"Fn::Sub": "arn:aws:states:${AWS::Region}:${Tasks.Name}"}}]},
        },
    }
}


def test_references_cover_ref_getatt_and_sub():
    value = {
        "a": [{"Ref": "X"}, {"Fn::GetAtt": "Y.Arn"}],
        "b": {"Fn::Sub": ["${Z.Arn}/${W}", {"W": {"Ref": "V"}}]},
    }
    assert set(references(value)) == {"X", "Y", "Z", "W", "V"}


def test_groups_count_resources_and_leave_supporting_ones_to_the_footnote():
    picture = draw(TEMPLATE)
    counts = {group.label: n for group, n in picture.counts}
    assert counts == {
        "REST API": 1,
        "Lambda functions": 2,
        "State machines": 1,
        "EventBridge": 1,
        "DynamoDB": 1,
        "CloudWatch": 1,
        "SNS": 1,
    }
    assert dict(picture.supporting) == {"AWS::ApiGateway::Method": 1, "AWS::IAM::Role": 1}


def test_arrows_follow_calls_and_data_not_permissions_or_watching():
    arrows = set(draw(TEMPLATE).arrows)
    assert ("Lambda functions", "DynamoDB") in arrows  # the function's environment names the table
    assert ("Lambda functions", "State machines") in arrows
    assert ("State machines", "Lambda functions") in arrows  # the definition names the step's function
    assert ("EventBridge", "State machines") in arrows  # a rule's target, through Fn::Sub
    assert ("REST API", "Lambda functions") in arrows  # the API's method integrates the function
    # The role's policy is a permission, the alarm only watches:
    assert ("Lambda functions", "DynamoDB") in arrows and ("State machines", "DynamoDB") not in arrows
    assert [b for a, b in arrows if a == "CloudWatch"] == ["SNS"]  # where it reports, not what it watches


def test_the_picture_is_well_formed_svg_with_every_group():
    svg = draw(TEMPLATE)._repr_svg_()
    xml.dom.minidom.parseString(svg)
    for label in ("REST API", "Lambda functions", "State machines", "DynamoDB", "SNS"):
        assert label in svg


def test_the_table_has_one_row_per_type_with_its_group():
    table = resources(TEMPLATE)
    assert len(table) == 9  # ten resources, two of them functions
    row = table[table["type"] == "AWS::Lambda::Function"].iloc[0]
    assert (row["group"], row["count"]) == ("Lambda functions", 2)
    assert table.iloc[0]["group"] == "REST API"


def test_something_else_than_a_template_says_what_to_pass():
    with pytest.raises(ValueError, match="cdk synth"):
        draw({"AWSTemplateFormatVersion": "2010-09-09"})
