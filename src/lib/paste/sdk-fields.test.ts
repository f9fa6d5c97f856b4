// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sdkFields } from './sdk-fields';

describe('sdkFields', () => {
  it("reads the Python SDK's dump, a message with commas included", () => {
    // The format of huaweicloudsdkcore's ServiceResponseException.__str__.
    const dump =
      'ClientRequestException - {status_code:400,request_id:6b2b3ad6,error_code:VPC.0101,error_msg:Delete router error xx is invalid, try again.,encoded_authorization_message:None }';
    expect(sdkFields(dump)).toEqual({
      status_code: '400',
      request_id: '6b2b3ad6',
      error_code: 'VPC.0101',
      error_msg: 'Delete router error xx is invalid, try again.',
      encoded_authorization_message: 'None',
    });
  });

  it('reads key=value and quoted values, each key once, a value to the end of its line', () => {
    expect(sdkFields("{httpStatusCode=409, errorCode='VPC.0114', errorMsg='Quota exceeded', requestId='r-1'}")).toEqual(
      {
        httpStatusCode: '409',
        errorCode: 'VPC.0114',
        errorMsg: 'Quota exceeded',
        requestId: 'r-1',
      },
    );
    expect(sdkFields('error_code: VPC.0114\nerror_msg: first\nerror_msg: second')).toEqual({
      error_code: 'VPC.0114',
      error_msg: 'first',
    });
  });

  it('leaves JSON to the JSON reader', () => {
    expect(sdkFields('{"status_code": 404, "error_code": "VPC.0202", "error_msg": "x"}')).toEqual({});
    expect(sdkFields("{'error_code': 'VPC.0114'}")).toEqual({});
    expect(sdkFields('the error code is unknown')).toEqual({});
  });
});
